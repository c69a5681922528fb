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
 * Countries that people represent beyond what their titles say:
 * <ul>
 * <li>"Xavier Malisse of Belgium": a country after a name and "of";</li>
 * <li>"Iraqi officials say President Jalal Talabani …": a title holder whose title names no country, where the
 * officials or bodies of exactly one country act in that sentence, and no other country is named in it;</li>
 * <li>in a document about two countries, the counterpart in a meeting with a person of one of them represents the
 * other.</li>
 * </ul>
 */
final class RepresentsRelations extends Rules {
  RepresentsRelations(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  private final Map<Integer, List<Facts.Role>> rolesBySentence = new HashMap<>();

  @Override
  void run() {
    for (SentenceView v : views) {
      ofCountry(v);
    }
    for (Facts.Role r : facts.roles) {
      rolesBySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
    }
    for (SentenceView v : views) {
      onlyCountryOfTheSentence(v);
    }
    counterpartCountries();
  }

  /** Posts of international organizations, whose holders represent no country. */
  private static final Set<String> INTERNATIONAL = WordList.words("international-posts.txt");
  /**
   * How many sentences before a title the country that its holder represents may stand. Two sentences found four
   * more right answers on the development set and five more wrong ones ("North Korean diplomats" before the White
   * House spokesman), so the window is the sentence itself.
   */
  private static final int WINDOW = 0;
  /** Nouns for those who act for a country. */
  private static final Set<String> BODIES = WordList.words("country-bodies.txt");

  /**
   * Whether a country mention speaks of the people who act for the country ("Iraqi officials say", "the Zambian
   * government", "Iran's council") rather than of a place or a topic ("the South African island", "in Argentina"):
   * with a parse, the noun it modifies is such a body; without one, that noun follows it.
   */
  private static boolean agentive(SentenceView v, Mention m) {
    org.newsgraph.doc.DependencyTree t = v.sentence.tree();
    int last = m.end() - 1;
    int noun;
    if (t != null) {
      String l = t.label(last);
      noun = l.equals("amod") || l.equals("nmod:poss") || l.equals("compound") ? t.head(last) : -1;
    } else {
      noun = m.end() < v.size() && (v.lower[m.end()].equals("'s") || v.lower[m.end()].equals("’s")) ? m.end() + 1
          : m.end();
    }
    if (noun < 0 || noun >= v.size()) {
      return false;
    }
    return BODIES.contains(v.lower[noun]) || noun + 1 < v.size() && BODIES.contains(v.lower[noun + 1])
        && MentionStage.isCap(v.tokens[noun]);
  }

  /** "NAME of COUNTRY": the country a name is "of", when a country name (not a city, not a demonym) follows. */
  void ofCountry(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      Mention m = v.mentionAt[i];
      if (m == null || m.type() != MentionType.PERSON || m.start() != i || v.referent[i] == null) {
        continue;
      }
      int e = m.end();
      if (e + 1 < v.size() && v.lower[e].equals("of")) {
        PhraseMatcher.Match c = gaz.countries().longestAt(v.tokens, e + 1);
        if (c != null && !gaz.isDemonym(v.tokens[e + 1]) && (c.end() >= v.size() || !MentionStage.isCap(
            v.tokens[c.end()]))) {
          addRepresents(v.referent[i], c.value(), v.sentence.index(), "name-of-country", 0.75,
              "'" + m.text() + " of " + v.tokens[e + 1] + "'");
        }
      }
    }
  }

  /**
   * A title that names no country ("President Jalal Talabani"), in a sentence that names exactly one country and
   * gives it to no one else ("Iraqi officials say …"): the holder represents that country.
   */
  void onlyCountryOfTheSentence(SentenceView v) {
    Set<String> here = new TreeSet<>();
    for (Mention m : v.all) {
      if (m.type() == MentionType.COUNTRY) {
        here.add(m.ref());
      }
    }
    Set<String> countries = new TreeSet<>();
    for (int k = Math.max(0, v.sentence.index() - WINDOW); k <= v.sentence.index(); k++) {
      for (Mention m : views.get(k).all) {
        if (m.type() == MentionType.COUNTRY && agentive(views.get(k), m)) {
          countries.add(m.ref());
        }
      }
    }
    if (countries.size() != 1 || !countries.containsAll(here)) {
      return;
    }
    String country = countries.iterator().next();
    Set<String> holders = new TreeSet<>();
    for (Facts.Role r : rolesBySentence.getOrDefault(v.sentence.index(), List.of())) {
      if (country.equals(r.country())) {
        return;
      }
      String kind = r.kind() != null ? r.kind() : r.role();
      if (r.country() == null && byKey.containsKey(r.person()) && !explicitCountry.containsKey(r.person())
          && !INTERNATIONAL.contains(kind)) {
        holders.add(r.person());
      }
    }
    for (int i = 0; i < v.size(); i++) {
      String p = v.referent[i];
      if (p != null && !holders.contains(p) && explicitCountry.getOrDefault(p, Set.of()).contains(country)) {
        return;
      }
    }
    for (String p : holders) {
      addRepresents(p, country, v.sentence.index(), "context-country", 0.6, "the only country whose officials or "
          + "bodies act in the sentence of " + byKey.get(p).name() + "'s title is "
          + gaz.countryName(country));
    }
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
