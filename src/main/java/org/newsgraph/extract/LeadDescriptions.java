package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.DependencyTree;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.Gender;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.lexicon.WordList;

/**
 * The news lead that describes a person before it names them: "Afghan authorities say Taleban militants have freed
 * <i>a Lebanese engineer</i> … Officials say <i>Ahmed Reza</i> was released"; "<i>Iraq's health minister</i> says
 * … <i>Abdel Mutalib Mohammed</i> told reporters". An indefinite description with a demonym ("a French engineer",
 * "a senior Afghan official") or a possessive country ("India's former foreign minister"), standing alone without
 * a name, is the first person that the next sentence introduces; two sentences on, only when that person's own
 * words repeat the description's noun ("the intelligence service officer, Jihad Abed"). The person represents the
 * description's country, and holds its title when the document gives them none. Runs last, so it fills only what
 * the other rules left open.
 */
final class LeadDescriptions extends Rules {
  LeadDescriptions(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  /** Nouns for people by occupation or condition, singular, each with the first noun of its class. */
  static final Map<String, String> PERSON_NOUNS = nounClasses("person-nouns.txt");
  /** How many lower-case words may stand between the determiner and the demonym ("an acclaimed Russian"). */
  private static final int MAX_BEFORE = 2;
  /** How many lower-case words the description's noun phrase may take after its country ("former foreign minister"). */
  private static final int MAX_AFTER = 3;
  /** How many words before a name (or its apposition) may describe it. */
  private static final int OWN_WORDS = 7;
  /** How far before a name its own words may repeat the description's noun. */
  private static final int ECHO = 6;

  /** A description found in a sentence: its country, its noun, the title it names (or null) and its last token. */
  record Description(int sentence, int start, int end, String country, String noun, PhraseMatcher.Match title) {
  }

  @Override
  void run() {
    Map<String, Integer> firstSentence = new HashMap<>();
    for (SentenceView v : views) {
      for (int i = 0; i < v.size(); i++) {
        if (v.referent[i] != null && v.mentionAt[i].type() == MentionType.PERSON) {
          firstSentence.putIfAbsent(v.referent[i], v.sentence.index());
        }
      }
    }
    for (SentenceView v : views) {
      List<Description> found = descriptions(v);
      if (found.size() != 1) {
        // none, or two described people ("a U.S. soldier and an Iraqi interpreter"): no one to name
        continue;
      }
      Description d = found.get(0);
      name(d, firstSentence);
    }
  }

  /** The lone descriptions of a sentence. */
  List<Description> descriptions(SentenceView v) {
    List<Description> out = new ArrayList<>();
    for (Mention m : v.all) {
      if (m.type() != MentionType.COUNTRY || m.source().equals("gazetteer-compound")) {
        continue;
      }
      Description d = describedAt(v, m);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** The description that this country mention opens, or null. */
  Description describedAt(SentenceView v, Mention m) {
    int s = m.start();
    int k = m.end();
    boolean possessive = k < v.size() && (v.lower[k].equals("'s") || v.lower[k].equals("’s"));
    if (possessive) {
      k++;
      if (s > 0 && Character.isLetter(v.tokens[s - 1].codePointAt(0)) && !SPEECH.contains(v.lower[s - 1])
          && !Set.of("and", "but", "that").contains(v.lower[s - 1])) {
        // "in Iraq's north", "the party's": only a possessive that opens its noun phrase describes a person
        return null;
      }
    } else {
      if (m.end() - m.start() != 1 || !gaz.isDemonym(v.tokens[s])) {
        return null;
      }
      int d = s - 1;
      for (int n = 0; n < MAX_BEFORE && d >= 0 && lowerWord(v.tokens[d]) && !Set.of("a", "an").contains(v.lower[d]);
          n++) {
        d--;
      }
      if (d < 0 || !Set.of("a", "an").contains(v.lower[d])) {
        return null;
      }
    }
    int end = k;
    String[] tags = v.sentence.tags();
    // the noun phrase's own words: "An Italian reporter held hostage" ends at the verb
    while (end < v.size() && end - k < MAX_AFTER && lowerWord(v.tokens[end]) && (end >= tags.length
        || Set.of("NOUN", "ADJ").contains(tags[end]))) {
      end++;
    }
    // the noun is the last word of the run that names a person; a title may end it earlier ("minister says")
    for (int e = end; e > k; e--) {
      String noun = v.lower[e - 1];
      PhraseMatcher.Match title = RoleRelations.endingAt(gaz.roles(), v, e, e - k);
      if (title == null && !PERSON_NOUNS.containsKey(noun)) {
        continue;
      }
      if (named(v, e) || recipient(v, m.start(), e - 1) || predicative(v, m.start(), e - 1)) {
        return null;
      }
      return new Description(v.sentence.index(), m.start(), e, m.ref(), noun, title);
    }
    return null;
  }

  /** How many tokens before a description a token rule looks for its preposition. */
  private static final int RECIPIENT_REACH = 8;
  /** Prepositions that make a described person a recipient or a counterpart, not the lead's subject. */
  private static final Set<String> RECIPIENT_CASES = Set.of("to", "with", "from", "against", "for", "toward",
      "towards");

  /**
   * Whether the description's noun is the recipient or counterpart of the lead's event ("giving classified
   * information to pro-Israel lobbyists and an Israeli embassy official"): a person the story names later is
   * rarely that one.
   */
  private static boolean recipient(SentenceView v, int start, int noun) {
    DependencyTree t = v.sentence.tree();
    if (t == null) {
      // without a parse: the preposition right before the phrase, or before the noun phrase it is coordinated with
      String[] tags = v.sentence.tags();
      int k = start - 1;
      while (k >= 0 && start - k <= MAX_BEFORE + 1 && k < tags.length && Set.of("DET", "ADJ", "ADV").contains(
          tags[k])) {
        k--;
      }
      if (k >= 0 && Set.of("and", "or").contains(v.lower[k])) {
        int stop = k - RECIPIENT_REACH;
        k--;
        while (k > stop && k >= 0 && k < tags.length && !RECIPIENT_CASES.contains(v.lower[k]) && (!Set.of("ADP",
            "VERB", "AUX", "PUNCT").contains(tags[k]) || v.tokens[k].endsWith("-") && v.tokens[k].length() > 1)) {
          k--;
        }
      }
      return k >= 0 && RECIPIENT_CASES.contains(v.lower[k]);
    }
    int n = noun;
    while (t.head(n) >= 0 && t.base(n).equals("conj")) {
      n = t.head(n);
    }
    for (int c : t.children(n, "case")) {
      if (RECIPIENT_CASES.contains(v.lower[c])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description is said of a subject ("Her father, the late Gabriel Betancourt, was a Colombian
   * ambassador"): it already has its person.
   */
  private static boolean predicative(SentenceView v, int start, int noun) {
    DependencyTree t = v.sentence.tree();
    if (t != null) {
      return !t.children(noun, "cop").isEmpty() || !t.children(noun, "nsubj").isEmpty();
    }
    int k = start - 1;
    while (k >= 0 && start - k <= MAX_BEFORE + 1 && lowerWord(v.tokens[k]) && !BE.contains(v.lower[k])) {
      k--;
    }
    return k >= 0 && BE.contains(v.lower[k]);
  }

  /** Forms of "be" that make a description a predicate. */
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "became",
      "becomes", "remains", "remained");

  /** Whether a name follows the description, right after it or apposed ("a French engineer, Bernard Planche,"). */
  private static boolean named(SentenceView v, int e) {
    int k = e < v.size() && v.tokens[e].equals(",") ? e + 1 : e;
    return k < v.size() && (v.referent[k] != null || MentionStage.isCap(v.tokens[k]) && !v.tokens[k].equals("I"));
  }

  private static boolean lowerWord(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && w.codePoints().allMatch(c -> Character
        .isLetter(c) || c == '-');
  }

  /** Gives the description to the first person that the next sentence (or, echoing its noun, the one after) names. */
  void name(Description d, Map<String, Integer> firstSentence) {
    for (int s = d.sentence() + 1; s <= d.sentence() + 2 && s < views.size(); s++) {
      SentenceView v = views.get(s);
      List<Integer> fresh = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        Mention m = v.mentionAt[i];
        if (m != null && m.start() == i && m.type() == MentionType.PERSON && v.referent[i] != null
            && firstSentence.getOrDefault(v.referent[i], -1) == s && !surnameSeen(m, firstSentence, s)) {
          fresh.add(i);
        }
      }
      if (fresh.isEmpty()) {
        continue;
      }
      int at = -1;
      for (int i : fresh) {
        if (echoes(v, i, d.noun())) {
          at = i;
          break;
        }
      }
      if (at < 0 && s == d.sentence() + 1 && fresh.size() == 1 && fits(d, v, fresh.get(0))) {
        at = fresh.get(0);
      }
      if (at >= 0) {
        give(d, v, at);
      }
      return;
    }
  }

  /** Titles that any post holder also is ("a senior Afghan official" may be the provincial governor). */
  private static final Set<String> GENERIC_TITLES = Set.of("official", "officer");
  /** Nouns that give the described person's gender. */
  private static final Set<String> MALE_NOUNS = Set.of("man", "businessman", "actor", "fisherman", "cameraman");
  private static final Set<String> FEMALE_NOUNS = Set.of("woman", "businesswoman", "actress");

  private static Map<String, String> nounClasses(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String line : WordList.lines(resource)) {
      String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\|");
      for (String w : words) {
        out.put(w, words[0]);
      }
    }
    return Map.copyOf(out);
  }

  /** The class of a person noun (a title is its own class). */
  private static String nounClass(String noun) {
    return PERSON_NOUNS.getOrDefault(noun, noun);
  }

  /**
   * Whether the person named next can be the one described: not of another gender ("an Afghan woman … Taleban
   * commander Raz Mohammed"), not described otherwise by the words before the name ("Libya's ambassador … a
   * prisoner, Abdullahi Abdi Siad"), and holding no post in the document unless the description names that post or
   * a generic one.
   */
  boolean fits(Description d, SentenceView v, int at) {
    String person = v.referent[at];
    Set<String> own = ownNouns(v, at);
    if (!own.isEmpty() && !own.contains(nounClass(d.noun())) && !(d.title() != null && (own.contains(
        d.title().value()) || GENERIC_TITLES.contains(d.title().value())))) {
      return false;
    }
    Gender g = gender(person);
    if (g == Gender.MALE && FEMALE_NOUNS.contains(d.noun()) || g == Gender.FEMALE && MALE_NOUNS.contains(d.noun())) {
      return false;
    }
    for (Facts.Role r : facts.roles) {
      if (r.person().value().equals(person) && (d.title() == null || !GENERIC_TITLES.contains(d.title().value())
          && !d.title().value().equals(id(r.kind())))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person nouns and title words that a name carries: the words right before it ("kidnapped journalist Daniele
   * Mastrogiacomo", "avant-garde artist and architect Yakov Chernikhov") or in an apposition before it ("a
   * prisoner, Abdullahi Abdi Siad").
   */
  Set<String> ownNouns(SentenceView v, int start) {
    Set<String> out = new TreeSet<>();
    String[] tags = v.sentence.tags();
    int k = start - 1;
    // given names that the name's span missed ("Zalmay" before "Khalilzad")
    while (k > 0 && start - k <= 2 && k < tags.length && tags[k].equals("PROPN") && MentionStage.isCap(v.tokens[k])
        && gaz.roles().longestAt(v.tokens, k) == null && !MentionStage.HONORIFICS.contains(v.tokens[k])) {
      k--;
    }
    if (k > 0 && v.tokens[k].equals(",")) {
      k--;
    }
    // the title's own words, its complement and its hyphens: "the new U.S. ambassador to Iraq, Zalmay Khalilzad",
    // "Secretary of State-designate Condoleezza Rice"
    for (int n = 0; n < OWN_WORDS && k >= 0 && (k >= tags.length || Set.of("NOUN", "PROPN", "ADJ", "CCONJ")
        .contains(tags[k]) && Character.isLetter(v.tokens[k].codePointAt(0)) || Set.of("of", "to", "for", "at", "-")
            .contains(v.lower[k])); n++, k--) {
      PhraseMatcher.Match title = gaz.roles().longestAt(v.tokens, k);
      if (PERSON_NOUNS.containsKey(v.lower[k])) {
        out.add(nounClass(v.lower[k]));
      } else if (title != null) {
        out.add(title.value());
      }
    }
    return out;
  }

  /**
   * Whether a person seen before sentence {@code s} ends in the same word ("Philippe Douste-Blazy", then "Mr.
   * Douste-Blazy"): the later one is no new person, whatever the in-document resolution made of it.
   */
  private boolean surnameSeen(Mention m, Map<String, Integer> firstSentence, int s) {
    String[] words = m.text().split("\\s+");
    String last = words[words.length - 1];
    for (Map.Entry<String, Integer> e : firstSentence.entrySet()) {
      if (e.getValue() < s && byKey.containsKey(e.getKey()) && byKey.get(e.getKey()).name().endsWith(last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean echoes(SentenceView v, int start, String noun) {
    for (int k = Math.max(0, start - ECHO); k < start; k++) {
      if (nounClass(v.lower[k]).equals(nounClass(noun))) {
        return true;
      }
    }
    return false;
  }

  private void give(Description d, SentenceView v, int at) {
    String person = v.referent[at];
    if (!byKey.containsKey(person) || byKey.get(person).description() != null) {
      return;
    }
    SentenceView lead = views.get(d.sentence());
    String written = String.join(" ", Arrays.copyOfRange(lead.tokens, d.start(), d.end()));
    String name = byKey.get(person).name();
    if (!explicitCountry.containsKey(person)) {
      addRepresents(person, d.country(), d.sentence(), "lead-description", 0.5, "'" + written + "' in one sentence"
          + " is the person the next names first, " + name);
    }
    boolean hasRole = facts.roles.stream().anyMatch(r -> r.person().value().equals(person));
    if (d.title() != null && !hasRole) {
      RoleRelations roles = new RoleRelations(context, gaz);
      RoleRelations.TitlePhrase t = roles.extendLeft(lead, d.title());
      addRoleFact(person, t.role(), t.kind(), t.roleLabel(), t.label(), t.country(), d.sentence(),
          "lead-description", 0.5);
    }
  }
}
