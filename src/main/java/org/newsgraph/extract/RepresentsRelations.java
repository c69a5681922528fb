package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;

/**
 * Countries that people represent beyond what their titles say: in a document about two countries, the
 * counterpart in a meeting with a person of one of them represents the other.
 */
final class RepresentsRelations extends Rules {
  RepresentsRelations(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  @Override
  void run() {
    counterpartCountries();
  }

  void counterpartCountries() {
    Map<String, Integer> freq = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == MentionType.COUNTRY) {
        freq.merge(m.ref(), 1, Integer::sum);
      }
    }
    List<String> top = new ArrayList<>(freq.keySet());
    top.sort((x, y) -> freq.get(y) - freq.get(x) != 0 ? freq.get(y) - freq.get(x) : x.compareTo(y));
    if (top.size() < 2 || freq.get(top.get(1)) < 2
        || top.size() > 2 && freq.get(top.get(1)).equals(freq.get(top.get(2)))) {
      return;
    }
    String c1 = top.get(0);
    String c2 = top.get(1);
    Map<String, String> known = new HashMap<>();
    explicitCountry.forEach((p, cs) -> {
      if (cs.size() == 1) {
        known.put(p, cs.iterator().next());
      }
    });
    boolean changed = true;
    for (int round = 0; round < 4 && changed; round++) {
      changed = false;
      for (Facts.Interaction e : facts.interactions) {
        changed |= infer(e, e.sideA(), e.sideB(), known, c1, c2);
        changed |= infer(e, e.sideB(), e.sideA(), known, c1, c2);
      }
    }
  }

  boolean infer(Facts.Interaction e, Set<String> from, Set<String> to, Map<String, String> known, String c1,
      String c2) {
    Set<String> countries = new TreeSet<>();
    String anchor = null;
    for (String p : from) {
      if (known.containsKey(p)) {
        countries.add(known.get(p));
        anchor = p;
      }
    }
    if (countries.size() != 1) {
      return false;
    }
    String c = countries.iterator().next();
    String other = c.equals(c1) ? c2 : c.equals(c2) ? c1 : null;
    if (other == null) {
      return false;
    }
    boolean changed = false;
    for (String p : to) {
      if (!known.containsKey(p) && byKey.containsKey(p) && byKey.get(p).description() == null) {
        known.put(p, other);
        facts.represents.add(new Facts.Represents(p, other, e.sentence(), "bilateral-counterpart", 0.5,
            "counterpart of " + byKey.get(anchor).name() + " (" + gaz.countryName(c) + ") in a "
                + gaz.countryName(c1) + "–" + gaz.countryName(c2) + " document"));
        changed = true;
      }
    }
    return changed;
  }
}
