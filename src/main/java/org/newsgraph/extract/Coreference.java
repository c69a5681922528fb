package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.lexicon.Gazetteers;

/**
 * Resolves definite descriptions ("the president-elect": the only holder of that role in the document, else a
 * person of its own) and third-person pronouns (the most recent person before them whose gender fits), so that the
 * relation rules see who they name. Each resolution records its reason on the person.
 */
final class Coreference extends Rules {
  Coreference(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  /** The holders of each lexicon role, once the roles are known (they are, before coreference runs). */
  private Map<String, Set<String>> holdersByKind;

  @Override
  void run() {
    for (Mention m : mentions) {
      if (m.type() == MentionType.DESCRIPTION) {
        views.get(m.sentence()).put(m, resolveDescription(m));
      }
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.PRONOUN && Set.of("he", "she", "him", "her").contains(m.ref())) {
        String k = resolvePronoun(m);
        if (k != null) {
          views.get(m.sentence()).put(m, k);
        }
      }
    }
  }

  String resolveDescription(Mention m) {
    if (holdersByKind == null) {
      holdersByKind = new HashMap<>();
      for (Facts.Role r : facts.roles) {
        if (r.kind() != null) {
          holdersByKind.computeIfAbsent(r.kind().value(), k -> new TreeSet<>()).add(r.person().value());
        }
      }
    }
    Set<String> holders = holdersByKind.getOrDefault(m.ref(), Set.of());
    if (holders.size() == 1) {
      String key = holders.iterator().next();
      byKey.get(key).reasons().add("'" + m.text() + "' is the only holder of the role '" + m.ref()
          + "' in the document");
      return key;
    }
    if (!holders.isEmpty()) {
      return null;
    }
    String key = "the-" + m.ref();
    PersonEntity d = byKey.get(key);
    if (d == null) {
      d = new PersonEntity(key, m.text().toLowerCase(Locale.ROOT), m.ref());
      byKey.put(key, d);
      people.add(d);
    }
    d.add(m, m.text());
    return key;
  }

  /**
   * The most recent person before the pronoun that its gender allows: in its sentence (a possessor only when no
   * other person precedes), then the first such person of the two sentences before.
   */
  String resolvePronoun(Mention m) {
    SentenceView v = views.get(m.sentence());
    String fallback = null;
    for (int i = m.start() - 1; i >= 0; i--) {
      if (v.referent[i] != null && v.mentionAt[i].type() != MentionType.PRONOUN
          && gender(v.referent[i]).fits(m.ref())) {
        if (!v.possessive(i)) {
          return v.referent[i];
        }
        if (fallback == null) {
          fallback = v.referent[i];
        }
      }
    }
    if (fallback != null) {
      return fallback;
    }
    for (int s = m.sentence() - 1; s >= Math.max(0, m.sentence() - 2); s--) {
      SentenceView p = views.get(s);
      for (int i = 0; i < p.size(); i++) {
        if (p.referent[i] != null && p.mentionAt[i].type() == MentionType.PERSON && !p.possessive(i)
            && gender(p.referent[i]).fits(m.ref())) {
          return p.referent[i];
        }
      }
    }
    return null;
  }
}
