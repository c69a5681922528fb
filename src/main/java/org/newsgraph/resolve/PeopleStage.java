package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.pipeline.Stage;

/**
 * In-document resolution of person names: "Vladimir Putin", "Mr. Putin" and "Putin" become one
 * {@link PersonEntity}. Full names are grouped first, longest first; a shorter name joins the one
 * compatible full name (same surname, same or initial first name); when several are compatible, it joins
 * the one mentioned most recently before it. Each grouping keeps its reason.
 */
public final class PeopleStage implements Stage {

  @Override
  public String name() {
    return "people";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.MENTIONS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.PEOPLE);
  }

  @Override
  public void annotate(Document doc) {
    List<Mention> persons = new ArrayList<>();
    for (Mention m : doc.get(Annotations.MENTIONS)) {
      if (m.type() == MentionType.PERSON && !NameKeys.key(m.text()).isEmpty()) {
        persons.add(m);
      }
    }
    Map<String, PersonEntity> byKey = new LinkedHashMap<>();
    // entities by the last and by the first word of their name: a compatible name shares its last word, a family
    // name written first is the first word, so candidates are looked up, not scanned (linear in the mentions)
    Map<String, List<PersonEntity>> byLast = new HashMap<>();
    Map<String, List<PersonEntity>> byFirst = new HashMap<>();
    Map<PersonEntity, TreeSet<Integer>> positions = new HashMap<>();
    List<Mention> longestFirst = new ArrayList<>(persons);
    longestFirst.sort((a, b) -> Integer.compare(words(b), words(a)));
    Map<Mention, PersonEntity> assigned = new LinkedHashMap<>();
    for (Mention m : longestFirst) {
      String key = NameKeys.key(m.text());
      PersonEntity exact = byKey.get(key);
      if (exact != null) {
        assign(m, exact, assigned, positions);
        continue;
      }
      List<PersonEntity> candidates = new ArrayList<>();
      for (PersonEntity e : byLast.getOrDefault(NameKeys.last(key), List.of())) {
        if (NameKeys.compatible(NameKeys.key(e.name()), key)) {
          candidates.add(e);
        }
      }
      if (candidates.isEmpty()) {
        for (PersonEntity e : byFirst.getOrDefault(key, List.of())) {
          if (NameKeys.familyNameFirst(key, NameKeys.key(e.name()))) {
            candidates.add(e);
          }
        }
      }
      PersonEntity target = null;
      if (candidates.size() == 1) {
        target = candidates.get(0);
        target.reasons().add("'" + m.text() + (NameKeys.familyNameFirst(key, NameKeys.key(target.name()))
            ? "' is the family name, written first, of the only compatible name '"
            : "' shares the surname of the only compatible name '") + target.name() + "'");
      } else if (candidates.size() > 1) {
        target = mostRecent(candidates, m, positions);
        target.reasons().add("'" + m.text() + "' is compatible with " + candidates.size()
            + " names; joined the most recently mentioned, '" + target.name() + "'");
      }
      if (target == null) {
        target = new PersonEntity(NameKeys.slug(m.text()), m.text(), null);
        byKey.put(key, target);
        byLast.computeIfAbsent(NameKeys.last(key), k -> new ArrayList<>()).add(target);
        byFirst.computeIfAbsent(NameKeys.first(key), k -> new ArrayList<>()).add(target);
      }
      assign(m, target, assigned, positions);
    }
    for (Mention m : persons) {
      assigned.get(m).add(m, m.text());
    }
    doc.set(Annotations.PEOPLE, new ArrayList<>(byKey.values()));
  }

  private static int words(Mention m) {
    return NameKeys.key(m.text()).split(" ").length;
  }

  private static int position(Mention m) {
    return m.sentence() * 10_000 + m.start();
  }

  private static void assign(Mention m, PersonEntity e, Map<Mention, PersonEntity> assigned,
      Map<PersonEntity, TreeSet<Integer>> positions) {
    assigned.put(m, e);
    positions.computeIfAbsent(e, k -> new TreeSet<>()).add(position(m));
  }

  /** The candidate mentioned last before {@code m} (the first candidate when none is): a floor lookup each. */
  private static PersonEntity mostRecent(List<PersonEntity> candidates, Mention m,
      Map<PersonEntity, TreeSet<Integer>> positions) {
    PersonEntity best = candidates.get(0);
    int bestPos = -1;
    for (PersonEntity c : candidates) {
      Integer p = positions.getOrDefault(c, new TreeSet<>()).lower(position(m));
      if (p != null && p > bestPos) {
        best = c;
        bestPos = p;
      }
    }
    return best;
  }
}
