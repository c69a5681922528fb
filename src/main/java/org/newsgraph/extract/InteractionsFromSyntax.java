package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.newsgraph.doc.DependencyTree;
import org.newsgraph.doc.Medium;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Modality;
import org.newsgraph.lexicon.InteractionLexicon;
import org.newsgraph.lexicon.WordList;

/**
 * Meetings and contacts read from the dependency parse of a sentence. A trigger (a verb such as "met", "received",
 * "phoned", or a noun such as "talks", "meeting", "letter") takes its sides from its grammatical arguments, not from
 * the words around it, so the rules hold for phrasings that no list of word sequences foresaw:
 * <ul>
 * <li>subject and object ("A met B", "A received B"), the passive ("B was received by A"), and {@code obl} or
 * {@code nmod} with "with", "to" or "between" ("A held talks with B", "talks between A and B", "A spoke to B");</li>
 * <li>subjects that the verb shares with its governor: controlled clauses ("A plans to meet B": xcomp), participles
 * ("Speaking by telephone with B, A said": advcl), coordinated verbs, and relative clauses ("A, who met B,");</li>
 * <li>a nominal trigger's possessor ("A's meeting with B") or the subject of the clause it belongs to ("A said
 * during talks with B");</li>
 * <li>conjunctions split the sides ("A and B met C" gives A–C and B–C, never A–B); a reciprocal ("A and B met",
 * "with each other") pairs the members of one side;</li>
 * <li>modality from the clause: auxiliaries and controlling verbs ("will meet", "plans to meet": planned), negation
 * and "refused", "denied" (negated), "allegedly" (claimed), each conjunct keeping it.</li>
 * </ul>
 */
final class InteractionsFromSyntax {
  private static final Set<String> PLANNING = WordList.words("planning-words.txt");
  private static final Set<String> NEGATING = WordList.words("negating-words.txt");
  private static final Set<String> CLAIMING = WordList.words("claiming-words.txt");
  /** Prepositions that put a meeting noun ahead in time: "arrived for talks with", "ahead of talks with". */
  private static final Set<String> PURPOSE = Set.of("for", "ahead", "before", "toward", "towards", "pending");
  /** Forms of "be", which with a to-infinitive make an arranged future ("is to meet"). */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "be", "'s", "'re");
  private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo", "may", "might",
      "could", "should", "must", "can");
  private static final Set<String> PHONE = Rules.PHONE;
  /** Verbs whose object names the event: "held talks", "paid a visit", "received a call", "sent a letter". */
  private static final Set<String> LIGHT_VERBS = WordList.words("light-verbs.txt");
  private static final Set<String> RELATIVE = Set.of("who", "whom", "that", "which");
  /** Day and month words, which a parser may take for an object. */
  private static final Set<String> TIME_WORDS = Rules.TIME_WORDS;
  /** Argument relations whose preposition makes a side: "with", "between", and "to" for talk and contact. */
  private static final Set<String> OBLIQUE = Set.of("obl", "nmod");

  /** Receives one interaction. */
  interface Sink {
    /** Sides {@code a} and {@code b} (equal for a reciprocal), the trigger token, its medium and modality. */
    void add(SentenceView v, int trigger, Set<String> a, Set<String> b, Medium medium, boolean mutual,
        Modality modality, String extractor);

    /**
     * The grammar shows that the trigger at this token names no interaction ("received a letter", "called the
     * talks constructive"): rules that read only the words around it should leave it alone.
     */
    default void veto(SentenceView v, int trigger) {
    }
  }

  private final InteractionLexicon lex = InteractionLexicon.shipped();

  /** Finds the interactions of a parsed sentence; does nothing on a sentence without a tree. */
  void extract(SentenceView v, Sink sink) {
    DependencyTree t = v.sentence.tree();
    if (t == null) {
      return;
    }
    String[] tags = v.sentence.tags();
    for (int i = 0; i < v.size(); i++) {
      InteractionLexicon.Trigger tr = switch (tags[i]) {
        case "VERB" -> lex.verb(v.lower[i]);
        case "NOUN" -> lex.noun(v.lower[i]);
        default -> null;
      };
      if (tr == null) {
        continue;
      }
      if (tr.verb()) {
        verb(v, t, i, tr, sink);
      } else {
        noun(v, t, i, tr, sink);
      }
    }
  }

  private void verb(SentenceView v, DependencyTree t, int i, InteractionLexicon.Trigger tr, Sink sink) {
    if (tr.kind() == InteractionLexicon.Kind.CALL && naming(v, t, i)) {
      // "a celebration called Eid al-Fitr", "called Mr. Murtha 'a good man'": calling by a name, no telephone;
      // the veto keeps the token rules from reading it again
      sink.veto(v, i);
      return;
    }
    Sides sides = new Sides();
    Set<String> a = sides.a;
    Set<String> b = sides.b;
    Set<String> between = sides.between;
    boolean hasObject = false;
    for (int s : subjects(t, i)) {
      a.addAll(persons(v, t, s));
    }
    List<Integer> args = new ArrayList<>();
    for (int c : t.children(i)) {
      args.add(c);
      if (t.base(c).equals("obj") && TIME_WORDS.contains(v.lower[c])) {
        // "met Sunday with X": a day misparsed as the object carries the verb's own dependents
        for (int k : t.children(c)) {
          args.add(k);
        }
      }
    }
    for (int c : args) {
      String l = t.label(c);
      String base = t.base(c);
      if (base.equals("obj") && TIME_WORDS.contains(v.lower[c])) {
        continue;
      }
      if (l.equals("nsubj:pass")) {
        b.addAll(persons(v, t, c));
      } else if (l.equals("obl:agent")) {
        a.addAll(persons(v, t, c));
      } else if (base.equals("obj") || base.equals("iobj")) {
        hasObject = true;
        if (isReciprocal(v, t, c)) {
          sides.reciprocal = true;
        } else {
          b.addAll(persons(v, t, c));
        }
      } else if (base.equals("xcomp") && tr.kind() == InteractionLexicon.Kind.CALL) {
        sink.veto(v, i);
        return;
      } else if (OBLIQUE.contains(base)) {
        String p = preposition(v, t, c);
        if (withSide(v, t, c, p, tr, false, sides)) {
          continue;
        } else if (p.equals("by") && !t.label(c).equals("obl:agent") && hasPassive(t, i)) {
          a.addAll(persons(v, t, c));
        } else if ((p.equals("on") || p.equals("for")) && tr.kind() == InteractionLexicon.Kind.CALL
            && !TIME_WORDS.contains(v.lower[c])) {
          // "called on X to …", "called for talks": no telephone; "called X on Monday" is one
          sink.veto(v, i);
          return;
        } else if (PHONE.contains(v.lower[c])) {
          for (int k : t.children(c)) {
            String q = OBLIQUE.contains(t.base(k)) ? preposition(v, t, k) : "";
            if (q.equals("with") || q.equals("to")) {
              b.addAll(persons(v, t, k));
            }
          }
        }
      }
    }
    if (tr.lemma().equals("sit") && b.isEmpty() && between.isEmpty()) {
      return;
    }
    if (tr.kind() == InteractionLexicon.Kind.CALL && b.isEmpty()) {
      return;
    }
    if (objectIsNoPerson(v, t, i)) {
      sink.veto(v, i);
      return;
    }
    // "A and B spoke to reporters": an addressee that is no person leaves the subjects no reciprocal pair
    emit(v, t, i, tr, a, b, between, sides.reciprocal || !hasObject && !sides.addressed && selfReciprocal(tr), sink);
  }

  /**
   * Whether "call" gives a name rather than a telephone call: a participle on a noun ("a celebration called
   * Eid"), a second complement ("called the government a negative force"), or a quotation right after the object
   * ("called Mr. Murtha 'a good man'").
   */
  private static boolean naming(SentenceView v, DependencyTree t, int i) {
    if (t.label(i).equals("acl")) {
      return true;
    }
    for (int c : t.children(i)) {
      String l = t.label(c);
      if ((l.equals("xcomp") || l.equals("obl:unmarked")) && !TIME_WORDS.contains(v.lower[c])
          && !v.sentence.tags()[c].equals("PROPN")) {
        return true;
      }
      if (t.base(c).equals("obj")) {
        int k = c + 1;
        while (k < v.size() && t.head(k) == c && t.base(k).equals("flat")) {
          k++;
        }
        if (k < v.size() && Set.of("\"", "“", "'", "‘").contains(v.tokens[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs whose subject carries a letter or message from someone else ("delivered a letter from X"). */
  private static final Set<String> CARRY = Set.of("delivered", "delivers", "deliver", "delivering", "handed",
      "hands", "hand", "carried", "carries", "carry", "carrying", "brought", "brings", "bring", "bringing",
      "conveyed", "conveys", "convey", "relayed", "relays", "relay", "passed", "passes", "pass");

  private void noun(SentenceView v, DependencyTree t, int n, InteractionLexicon.Trigger tr, Sink sink) {
    Sides sides = new Sides();
    Set<String> a = sides.a;
    Set<String> b = sides.b;
    Set<String> between = sides.between;
    boolean their = false;
    int top = t.label(n).equals("compound") && t.head(n) >= 0 ? t.head(n) : n;
    for (int x : top == n ? new int[] {n} : new int[] {n, top}) {
      for (int c : t.children(x)) {
        if (t.label(c).equals("nmod:poss")) {
          their |= v.lower[c].equals("their");
          a.addAll(persons(v, t, c, true));
        } else if (OBLIQUE.contains(t.base(c))) {
          withSide(v, t, c, preposition(v, t, c), tr, true, sides);
        }
      }
    }
    int gov = t.head(top);
    if (gov < 0) {
      gov = strandedClause(v, t, top);
    }
    boolean obj = gov >= 0 && t.base(top).equals("obj");
    boolean light = obj && gov >= 0 && LIGHT_VERBS.contains(v.lower[gov]);
    boolean clause = gov >= 0 && (obj || t.base(top).equals("obl") || t.head(top) < 0);
    if (clause) {
      if (light) {
        for (int c : t.children(gov)) {
          if (OBLIQUE.contains(t.base(c))) {
            withSide(v, t, c, preposition(v, t, c), tr, true, sides);
          }
        }
      }
      Set<String> subj = new LinkedHashSet<>();
      for (int s : subjects(t, gov)) {
        subj.addAll(persons(v, t, s));
      }
      if (sides.from && b.isEmpty() && CARRY.contains(v.lower[gov])) {
        // "the envoy delivered a letter from Mottaki to Ban": the subject carries it; the one it goes to is the
        // other side, and no one when the sentence does not say
        for (int c : t.children(gov)) {
          if (OBLIQUE.contains(t.base(c)) && preposition(v, t, c).equals("to")) {
            b.addAll(persons(v, t, c));
          }
        }
        if (b.isEmpty()) {
          sink.veto(v, n);
          return;
        }
      } else if (sides.from && b.isEmpty()) {
        b.addAll(subj);
      } else if (a.isEmpty() && (light || !b.isEmpty() || !between.isEmpty() || t.base(top).equals("obl"))) {
        a.addAll(subj);
      }
      if (b.isEmpty() && between.isEmpty() && !light && !obj && !isTrigger(v, gov) && contactKind(tr.kind())) {
        for (int c : t.children(gov)) {
          if (t.base(c).equals("obj")) {
            b.addAll(persons(v, t, c));
          }
        }
      }
    }
    // "A and B held talks" pairs them; "A and B sent messages" (of condolence, to a third) does not, unless they
    // exchanged them
    boolean mutual = light && !(Set.of(InteractionLexicon.Kind.WRITE, InteractionLexicon.Kind.MESSAGE).contains(
        tr.kind()) && !v.lower[gov].startsWith("exchang"));
    emit(v, t, n, tr, a, b, between, sides.reciprocal || their || mutual, sink);
  }

  /**
   * "In a letter to Y, X congratulated …": a fronted prepositional phrase that the parser left as the root, with
   * the main clause hanging from it; the clause is its verb dependent. -1 when there is none.
   */
  private static int strandedClause(SentenceView v, DependencyTree t, int n) {
    if (t.children(n, "case").isEmpty()) {
      return -1;
    }
    for (int c : t.children(n)) {
      String base = t.base(c);
      if (c > n && (base.equals("acl") || base.equals("advcl") || base.equals("parataxis") || base.equals("conj"))
          && v.sentence.tags()[c].equals("VERB")) {
        return c;
      }
    }
    return -1;
  }

  /** The sides a trigger's prepositional dependents give, as they are found. */
  private static final class Sides {
    final Set<String> a = new LinkedHashSet<>();
    final Set<String> b = new LinkedHashSet<>();
    final Set<String> between = new LinkedHashSet<>();
    boolean reciprocal;
    /** Whether a "with" or "to" oblique named someone else to talk to, person or not. */
    boolean addressed;
    boolean from;
  }

  /**
   * Reads one oblique of a trigger: "with" (and "to" for talk and contact) gives the other side, or a reciprocal
   * ("with each other"); "between" gives both sides; "from", for a noun ("a call from X"), the first side. Returns
   * whether the preposition was one of these.
   */
  private static boolean withSide(SentenceView v, DependencyTree t, int c, String p, InteractionLexicon.Trigger tr,
      boolean noun, Sides sides) {
    if (p.equals("with") || p.equals("to") && takesTo(tr.kind())) {
      if (isReciprocal(v, t, c)) {
        sides.reciprocal = true;
      } else {
        sides.b.addAll(persons(v, t, c));
        sides.addressed = true;
      }
      return true;
    }
    if (p.equals("between")) {
      sides.between.addAll(persons(v, t, c));
      return true;
    }
    if (noun && p.equals("from")) {
      sides.from = true;
      sides.a.addAll(persons(v, t, c));
      return true;
    }
    return false;
  }

  private void emit(SentenceView v, DependencyTree t, int i, InteractionLexicon.Trigger tr, Set<String> a,
      Set<String> b, Set<String> between, boolean reciprocal, Sink sink) {
    Medium medium = medium(v, t, i, tr.kind());
    Modality modality = modality(v, t, i);
    String extractor = tr.verb() ? "syntax-verb" : "syntax-noun";
    if (!between.isEmpty()) {
      Set<String> all = new LinkedHashSet<>(a);
      all.addAll(between);
      if (all.size() > 1) {
        sink.add(v, i, all, all, medium, true, modality, extractor + "-between");
      }
      return;
    }
    Set<String> sideA = new LinkedHashSet<>(a);
    sideA.removeAll(b);
    if (!sideA.isEmpty() && !b.isEmpty()) {
      sink.add(v, i, sideA, b, medium, false, modality, extractor);
    } else if (b.isEmpty() && reciprocal && a.size() > 1) {
      sink.add(v, i, a, a, medium, true, modality, extractor + "-reciprocal");
    }
  }

  /** The subjects of a clause headed by {@code i}, looking up through control, participles, conjunction. */
  static List<Integer> subjects(DependencyTree t, int i) {
    List<Integer> out = new ArrayList<>();
    for (int guard = 0; i >= 0 && guard < 8; guard++) {
      for (int c : t.children(i)) {
        if (t.label(c).equals("nsubj")) {
          out.add(c);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      String l = t.label(i);
      String base = t.base(i);
      int h = t.head(i);
      if (h < 0) {
        return out;
      }
      if (l.equals("acl:relcl") || base.equals("acl")) {
        out.add(h);
        return out;
      }
      if (!(base.equals("xcomp") || base.equals("conj") || base.equals("advcl"))) {
        return out;
      }
      i = h;
    }
    return out;
  }

  /**
   * The people named at token {@code h}: its own mention, a person in apposition or compound to it ("the
   * minister, Ali Omar"), the antecedent of a relative pronoun, and every conjunct.
   */
  static Set<String> persons(SentenceView v, DependencyTree t, int h) {
    return persons(v, t, h, false);
  }

  /** As {@link #persons(SentenceView, DependencyTree, int)}; {@code owner}: the possessor is the person meant. */
  static Set<String> persons(SentenceView v, DependencyTree t, int h, boolean owner) {
    Set<String> out = new LinkedHashSet<>();
    int at = person(v, t, h, out, owner);
    for (int x : at >= 0 && at != h ? new int[] {h, at} : new int[] {h}) {
      for (int c : t.children(x)) {
        if (t.base(c).equals("conj")) {
          person(v, t, c, out, owner);
        }
      }
    }
    return out;
  }

  /** Adds the person named at {@code h} and returns the token that names it, or -1. */
  private static int person(SentenceView v, DependencyTree t, int h, Set<String> out, boolean owner) {
    if (v.referent[h] != null) {
      if (owner || !possessor(v, t, h)) {
        out.add(v.referent[h]);
        return h;
      }
      return -1;
    }
    if (RELATIVE.contains(v.lower[h]) && t.head(h) >= 0 && t.label(t.head(h)).equals("acl:relcl")) {
      int antecedent = t.head(t.head(h));
      return antecedent >= 0 ? person(v, t, antecedent, out, false) : -1;
    }
    if (RELATIVE.contains(v.lower[h]) && h >= 2 && v.tokens[h - 1].equals(",") && v.referent[h - 2] != null) {
      // ", who becomes …" that the parser hung elsewhere: the name right before the comma is what "who" stands
      // for, as the punctuation of a non-restrictive relative clause says
      out.add(v.referent[h - 2]);
      return h - 2;
    }
    for (int c : t.children(h)) {
      String base = t.base(c);
      if ((base.equals("appos") || base.equals("flat") || base.equals("compound")) && v.referent[c] != null
          && !prepositionBetween(v, h, c)) {
        out.add(v.referent[c]);
        return c;
      }
    }
    int next = h + 1;
    if (next < v.size() && v.referent[next] != null && v.mentionAt[next].start() == next && isTitleNoun(v, h)) {
      out.add(v.referent[next]);
      return v.mentionAt[next].end() - 1;
    }
    return ownersTitleHolder(v, h, out);
  }

  /**
   * "with Serbia-Montenegro's Foreign Minister Vuk Draskovic": when the argument is a place whose possessive starts
   * a title, the person is the one the title names, however the parser split the phrase.
   */
  private static int ownersTitleHolder(SentenceView v, int h, Set<String> out) {
    int k = h + 1;
    for (Mention m : v.all) {
      if (m.start() <= h && h < m.end()) {
        k = Math.max(k, m.end());
      }
    }
    if (k >= v.size() || !(v.lower[k].equals("'s") || v.lower[k].equals("’s"))) {
      return -1;
    }
    String[] tags = v.sentence.tags();
    for (int j = k + 1, words = 0; j < v.size() && words <= 4; j++, words++) {
      if (v.referent[j] != null) {
        if (v.mentionAt[j].start() != j || words == 0) {
          return -1;
        }
        out.add(v.referent[j]);
        return v.mentionAt[j].end() - 1;
      }
      if (!(tags[j].equals("PROPN") || tags[j].equals("NOUN") || tags[j].equals("ADJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "party chief Sonia Gandhi": a common noun right before a name stands in apposition to it, however the parser
   * attached the name (a frequent error of a parser trained on web text, where such titles are rare).
   */
  private static boolean isTitleNoun(SentenceView v, int h) {
    String tag = v.sentence.tags()[h];
    return (tag.equals("NOUN") || tag.equals("PROPN")) && Character.isLetter(v.tokens[h].charAt(0));
  }

  /** "a letter from President Bush" is no apposition, however the parser attached it: a preposition intervenes. */
  private static boolean prepositionBetween(SentenceView v, int a, int b) {
    for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
      if (v.sentence.tags()[k].equals("ADP")) {
        return true;
      }
    }
    return false;
  }

  /** "Putin's aide": a name that is the possessor of the argument, not the argument. */
  private static boolean possessor(SentenceView v, DependencyTree t, int h) {
    return t.label(h).equals("nmod:poss") || v.possessive(h) && v.mentionAt[h].type()
        != MentionType.PRONOUN;
  }

  /** The preposition ({@code case} dependent) of an oblique, lower-cased, or "". */
  static String preposition(SentenceView v, DependencyTree t, int c) {
    for (int k : t.children(c)) {
      if (t.base(k).equals("case")) {
        return v.lower[k];
      }
    }
    return "";
  }

  /** "each other", "one another". */
  private static boolean isReciprocal(SentenceView v, DependencyTree t, int c) {
    String w = v.lower[c];
    return (w.equals("other") || w.equals("another")) && c > 0
        && (v.lower[c - 1].equals("each") || v.lower[c - 1].equals("one"));
  }

  /**
   * "received a letter from Bush", "called the talks constructive", "met reporters": a direct object that names no
   * person makes the verb no meeting or call between its subject and anyone (a nominal trigger in the object, such
   * as "letter", is read on its own). A day word is no object, only a misparsed time ("met Wednesday with Abbas").
   */
  private static boolean objectIsNoPerson(SentenceView v, DependencyTree t, int i) {
    for (int c : t.children(i)) {
      if (t.base(c).equals("obj") && !isReciprocal(v, t, c) && persons(v, t, c).isEmpty()
          && !TIME_WORDS.contains(v.lower[c])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasPassive(DependencyTree t, int i) {
    for (int c : t.children(i)) {
      if (t.label(c).equals("aux:pass") || t.label(c).equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** "A and B met", "A and B talked": these verbs pair the members of their subject when they have no object. */
  private static boolean selfReciprocal(InteractionLexicon.Trigger tr) {
    return switch (tr.lemma()) {
      case "meet", "confer", "talk", "negotiate", "huddle", "speak" -> true;
      default -> false;
    };
  }

  private static boolean takesTo(InteractionLexicon.Kind k) {
    return k == InteractionLexicon.Kind.TALK || contactKind(k);
  }

  private static boolean contactKind(InteractionLexicon.Kind k) {
    return k == InteractionLexicon.Kind.CALL || k == InteractionLexicon.Kind.WRITE
        || k == InteractionLexicon.Kind.MESSAGE || k == InteractionLexicon.Kind.TALK;
  }

  private boolean isTrigger(SentenceView v, int i) {
    return lex.any(v.lower[i]);
  }

  /** in-person, telephone, letter or message. */
  private static Medium medium(SentenceView v, DependencyTree t, int i, InteractionLexicon.Kind kind) {
    switch (kind) {
      case CALL:
        return Medium.TELEPHONE;
      case WRITE:
        return Medium.LETTER;
      case MESSAGE:
        return Medium.MESSAGE;
      default:
        break;
    }
    for (int k = Math.max(0, i - 3); k < Math.min(v.size(), i + 5); k++) {
      if (PHONE.contains(v.lower[k]) && (t.dominates(i, k) || t.head(i) >= 0 && t.dominates(t.head(i), k)
          && Math.abs(k - i) <= 3)) {
        return Medium.TELEPHONE;
      }
    }
    return Medium.IN_PERSON;
  }

  /**
   * The modality of the event at token {@code i}: its own auxiliaries and adverbs, a determiner "no", an adjective
   * such as "planned", then the clauses that govern it through control, complements and objects, so "refused to
   * meet", "denied meeting A or B" and "will hold talks" are read from the words that carry them.
   */
  static Modality modality(SentenceView v, DependencyTree t, int i) {
    if (v.sentence.tags()[i].equals("NOUN")) {
      for (int c : t.children(i, "case")) {
        if (PURPOSE.contains(v.lower[c])) {
          return Modality.PLANNED;
        }
      }
    }
    int k = i;
    for (int guard = 0; k >= 0 && guard < 6; guard++) {
      for (int c : t.children(k)) {
        String w = v.lower[c];
        String base = t.base(c);
        if ((base.equals("advmod") || base.equals("aux") || base.equals("det")) && NEGATING.contains(w)) {
          return Modality.NEGATED;
        }
        if (base.equals("advmod") && CLAIMING.contains(w)) {
          return Modality.CLAIMED;
        }
        if (base.equals("aux") && FUTURE_AUX.contains(w)) {
          return Modality.PLANNED;
        }
        if ((base.equals("amod") || base.equals("advmod")) && PLANNING.contains(w)) {
          return Modality.PLANNED;
        }
      }
      if (k != i) {
        String w = v.lower[k];
        if (NEGATING.contains(w)) {
          return Modality.NEGATED;
        }
        if (CLAIMING.contains(w)) {
          return Modality.CLAIMED;
        }
        if (PLANNING.contains(w)) {
          return Modality.PLANNED;
        }
      }
      String base = t.base(k);
      if (k == i && isToInfinitive(v, t, k) && t.head(k) < 0) {
        return Modality.PLANNED;
      }
      if (k == i && isToInfinitive(v, t, k) && (t.head(k) >= 0 && BE.contains(v.lower[t.head(k)])
          || Stream.concat(t.children(k, "aux").stream(), t.children(k, "cop").stream())
          .anyMatch(c -> BE.contains(v.lower[c])))) {
        // "Rice is to meet Brown": "be to" is the arranged future
        return Modality.PLANNED;
      }
      if (base.equals("advcl") && isToInfinitive(v, t, k) && t.head(k) >= 0 && PLANNING.contains(
          v.lower[t.head(k)])) {
        // "are due to meet", "is set to meet" where the parser hung the infinitive as an adverbial clause
        return Modality.PLANNED;
      }
      if (!(base.equals("xcomp") || base.equals("ccomp") && k == i || base.equals("obj") || base.equals("conj")
          || base.equals("csubj"))) {
        break;
      }
      k = t.head(k);
    }
    return Modality.HAPPENED;
  }

  private static boolean isToInfinitive(SentenceView v, DependencyTree t, int k) {
    for (int c : t.children(k)) {
      if (t.base(c).equals("mark") && v.lower[c].equals("to")) {
        return true;
      }
    }
    return false;
  }
}
