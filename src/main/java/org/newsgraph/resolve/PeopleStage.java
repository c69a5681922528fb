package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    List<Mention> longestFirst = new ArrayList<>(persons);
    longestFirst.sort((a, b) -> Integer.compare(words(b), words(a)));
    Map<Mention, PersonEntity> assigned = new LinkedHashMap<>();
    for (Mention m : longestFirst) {
      String key = NameKeys.key(m.text());
      PersonEntity exact = byKey.get(key);
      if (exact != null) {
        assigned.put(m, exact);
        continue;
      }
      List<PersonEntity> candidates = new ArrayList<>();
      for (PersonEntity e : byKey.values()) {
        if (NameKeys.compatible(NameKeys.key(e.name()), key)) {
          candidates.add(e);
        }
      }
      if (candidates.isEmpty()) {
        for (PersonEntity e : byKey.values()) {
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
        target = mostRecent(candidates, m, assigned);
        target.reasons().add("'" + m.text() + "' is compatible with " + candidates.size()
            + " names; joined the most recently mentioned, '" + target.name() + "'");
      }
      if (target == null) {
        target = new PersonEntity(NameKeys.slug(m.text()), m.text(), null);
        byKey.put(key, target);
      }
      assigned.put(m, target);
    }
    for (Mention m : persons) {
      assigned.get(m).add(m, m.text());
    }
    doc.set(Annotations.PEOPLE, new ArrayList<>(byKey.values()));
  }

  private static int words(Mention m) {
    return NameKeys.key(m.text()).split(" ").length;
  }

  private static PersonEntity mostRecent(List<PersonEntity> candidates, Mention m,
      Map<Mention, PersonEntity> assigned) {
    PersonEntity best = candidates.get(0);
    int bestPos = -1;
    for (Map.Entry<Mention, PersonEntity> e : assigned.entrySet()) {
      Mention o = e.getKey();
      int pos = o.sentence() * 10_000 + o.start();
      if (candidates.contains(e.getValue()) && pos < m.sentence() * 10_000 + m.start() && pos > bestPos) {
        best = e.getValue();
        bestPos = pos;
      }
    }
    return best;
  }
}
