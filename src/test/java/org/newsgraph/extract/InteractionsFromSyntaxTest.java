package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import org.newsgraph.doc.DependencyTree;
import org.newsgraph.doc.Medium;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Modality;
import org.newsgraph.doc.Sentence;

/**
 * One test a rule of {@link InteractionsFromSyntax}: a sentence with its parse written out by hand, so that each
 * rule is checked independently of the parser model. A token is {@code word/TAG/head/relation} (heads count from
 * 1, 0 is the root); a word written {@code @Name} is a person, whose key is the name in lower case.
 */
class InteractionsFromSyntaxTest {

  /** What the sink received, one line a pair: "a-b kind modality" (a reciprocal pair in name order). */
  static List<String> read(String annotated) {
    SentenceView v = view(annotated);
    List<String> out = new ArrayList<>();
    new InteractionsFromSyntax().extract(v, (view, trigger, a, b, medium, mutual, modality, extractor) -> {
      Set<String> pairs = new TreeSet<>();
      for (String x : a) {
        for (String y : b) {
          if (!x.equals(y) && (!mutual || x.compareTo(y) < 0)) {
            pairs.add(x + "-" + y + " " + medium + " " + modality);
          }
        }
      }
      out.addAll(pairs);
    });
    return out;
  }

  /** The sentence view of an annotated sentence. */
  static SentenceView view(String annotated) {
    String[] items = annotated.trim().split("\\s+");
    int n = items.length;
    String[] words = new String[n];
    String[] tags = new String[n];
    int[] heads = new int[n];
    String[] labels = new String[n];
    List<Integer> persons = new ArrayList<>();
    Span[] spans = new Span[n];
    for (int i = 0; i < n; i++) {
      String[] c = items[i].split("/");
      String w = c[0];
      if (w.startsWith("@")) {
        w = w.substring(1);
        persons.add(i);
      }
      words[i] = w;
      tags[i] = c[1];
      heads[i] = Integer.parseInt(c[2]) - 1;
      labels[i] = c[3];
      spans[i] = new Span(i, i + 1);
    }
    Sentence s = new Sentence(0, new Span(0, n), String.join(" ", words));
    s.setTokens(spans, words);
    s.setTags(tags);
    s.setTree(new DependencyTree(heads, labels));
    SentenceView v = new SentenceView(s);
    for (int i : persons) {
      String key = words[i].toLowerCase(Locale.ROOT);
      MentionType type = Set.of("he", "she", "him", "her").contains(key) ? MentionType.PRONOUN : MentionType.PERSON;
      v.put(new Mention(type, 0, i, i + 1, words[i], key, "test"), key);
    }
    return v;
  }

  static final String H = "in-person HAPPENED";

  /** The trigger tokens that the rules vetoed. */
  static List<Integer> vetoes(String annotated) {
    List<Integer> out = new ArrayList<>();
    SentenceView v = view(annotated);
    new InteractionsFromSyntax().extract(v, new InteractionsFromSyntax.Sink() {
      @Override
      public void add(SentenceView view, int trigger, Set<String> a, Set<String> b, Medium medium, boolean mutual,
          Modality modality, String extractor) {
      }

      @Override
      public void veto(SentenceView view, int trigger) {
        out.add(trigger);
      }
    });
    return out;
  }

  @Test
  void subjectAndObject() {
    assertEquals(List.of("rice-putin " + H), read("@Rice/PROPN/2/nsubj met/VERB/0/root @Putin/PROPN/2/obj"));
  }

  @Test
  void coordinatedSubjectsSplitTheSidesNeverPairingThemselves() {
    assertEquals(List.of("gates-putin " + H, "rice-putin " + H), read("@Gates/PROPN/4/nsubj and/CCONJ/3/cc "
        + "@Rice/PROPN/1/conj met/VERB/0/root @Putin/PROPN/4/obj"));
  }

  @Test
  void coordinatedSubjectsWithoutObjectMeetEachOther() {
    assertEquals(List.of("abbas-sharon " + H), read("@Sharon/PROPN/4/nsubj and/CCONJ/3/cc @Abbas/PROPN/1/conj "
        + "met/VERB/0/root ./PUNCT/4/punct"));
  }

  @Test
  void reciprocalObject() {
    assertEquals(List.of("ana-ben " + H), read("@Ana/PROPN/4/nsubj and/CCONJ/3/cc @Ben/PROPN/1/conj "
        + "greeted/VERB/0/root one/NUM/6/det another/PRON/4/obj"));
  }

  @Test
  void withOblique() {
    assertEquals(List.of("mitchell-abbas " + H), read("@Mitchell/PROPN/2/nsubj met/VERB/0/root "
        + "Wednesday/PROPN/2/obl:tmod with/ADP/5/case @Abbas/PROPN/2/obl"));
  }

  @Test
  void futureIsPlanned() {
    assertEquals(List.of("rice-putin in-person PLANNED"), read("@Rice/PROPN/3/nsubj will/AUX/3/aux "
        + "meet/VERB/0/root @Putin/PROPN/3/obj"));
  }

  @Test
  void controlledSubjectAndARefusingVerb() {
    assertEquals(List.of("rice-putin in-person NEGATED"), read("@Rice/PROPN/2/nsubj refused/VERB/0/root "
        + "to/PART/4/mark meet/VERB/2/xcomp @Putin/PROPN/4/obj"));
    assertEquals(List.of("rice-putin in-person PLANNED"), read("@Rice/PROPN/2/nsubj plans/VERB/0/root "
        + "to/PART/4/mark meet/VERB/2/xcomp @Putin/PROPN/4/obj"));
  }

  @Test
  void denyingKeepsEveryConjunct() {
    assertEquals(List.of("bo-al in-person NEGATED", "bo-cy in-person NEGATED"), read("@Bo/PROPN/2/nsubj "
        + "denied/VERB/0/root meeting/VERB/2/xcomp @Al/PROPN/3/obj or/CCONJ/6/cc @Cy/PROPN/4/conj"));
  }

  @Test
  void allegedlyIsClaimed() {
    assertEquals(List.of("rice-putin in-person CLAIMED"), read("@Rice/PROPN/3/nsubj allegedly/ADV/3/advmod "
        + "met/VERB/0/root @Putin/PROPN/3/obj"));
  }

  @Test
  void passiveAgentIsTheHost() {
    assertEquals(List.of("putin-rice " + H), read("@Rice/PROPN/3/nsubj:pass was/AUX/3/aux:pass "
        + "received/VERB/0/root by/ADP/5/case @Putin/PROPN/3/obl:agent"));
  }

  @Test
  void heldTalksWith() {
    assertEquals(List.of("lind-kato " + H), read("@Lind/PROPN/2/nsubj held/VERB/0/root talks/NOUN/2/obj "
        + "with/ADP/5/case @Kato/PROPN/3/nmod"));
  }

  @Test
  void talksBetween() {
    assertEquals(List.of("ana-ben " + H), read("talks/NOUN/6/nsubj between/ADP/3/case @Ana/PROPN/1/nmod "
        + "and/CCONJ/5/cc @Ben/PROPN/3/conj began/VERB/0/root"));
  }

  @Test
  void possessorOfANominalTrigger() {
    assertEquals(List.of("lind-kato " + H), read("@Lind/PROPN/3/nmod:poss 's/PART/1/case meeting/NOUN/0/root "
        + "with/ADP/5/case @Kato/PROPN/3/nmod"));
  }

  @Test
  void participleTakesTheMainSubjectAndATelephoneMakesAContact() {
    assertEquals(List.of("silva-perez telephone HAPPENED"), read("Speaking/VERB/9/advcl by/ADP/3/case "
        + "telephone/NOUN/1/obl with/ADP/5/case @Perez/PROPN/1/obl ,/PUNCT/1/punct @Silva/PROPN/9/nsubj "
        + "later/ADV/9/advmod said/VERB/0/root"));
  }

  @Test
  void relativeClauseSubjectIsTheAntecedent() {
    assertEquals(List.of("lind-tran " + H), read("@Lind/PROPN/7/nsubj ,/PUNCT/4/punct who/PRON/4/nsubj "
        + "met/VERB/1/acl:relcl @Tran/PROPN/4/obj ,/PUNCT/4/punct spoke/VERB/0/root"));
  }

  @Test
  void aRelativeClauseTheParserHungElsewhereStillHasItsAntecedent() {
    // "The list includes Lind, who met Tran": the clause attached to the main verb, not to "Lind"
    assertEquals(List.of("lind-tran " + H), read("the/DET/2/det list/NOUN/3/nsubj includes/VERB/0/root "
        + "@Lind/PROPN/3/obj ,/PUNCT/7/punct who/PRON/7/nsubj met/VERB/3/conj @Tran/PROPN/7/obj"));
  }

  @Test
  void beToIsAPlannedMeeting() {
    assertEquals(List.of("rice-brown in-person PLANNED"), read("@Rice/PROPN/2/nsubj is/AUX/0/root to/PART/4/mark "
        + "meet/VERB/2/xcomp @Brown/PROPN/4/obj"));
    assertEquals(List.of("rice-brown in-person PLANNED"), read("@Rice/PROPN/4/nsubj is/AUX/4/cop to/PART/4/mark "
        + "meet/VERB/0/root with/ADP/6/case @Brown/PROPN/4/obl"));
  }

  @Test
  void contactsByTelephoneAndByLetter() {
    assertEquals(List.of("bush-putin telephone HAPPENED"), read("@Bush/PROPN/2/nsubj phoned/VERB/0/root "
        + "@Putin/PROPN/2/obj"));
    assertEquals(List.of("bush-putin letter HAPPENED"), read("@Bush/PROPN/2/nsubj wrote/VERB/0/root "
        + "to/ADP/4/case @Putin/PROPN/2/obl"));
  }

  @Test
  void callingSomeoneSomethingIsNoCall() {
    assertTrue(read("@Ali/PROPN/2/nsubj called/VERB/0/root @Paul/PROPN/2/obj a/DET/5/det "
        + "symbol/NOUN/2/xcomp").isEmpty());
    assertTrue(read("@Ali/PROPN/2/nsubj called/VERB/0/root on/ADP/4/case @Paul/PROPN/2/obl "
        + "to/PART/6/mark resign/VERB/2/xcomp").isEmpty());
  }

  @Test
  void aPossessorIsNotTheArgument() {
    assertTrue(read("@Rice/PROPN/2/nsubj met/VERB/0/root @Putin/PROPN/5/nmod:poss 's/PART/3/case "
        + "aide/NOUN/2/obj").isEmpty());
  }

  @Test
  void aTitleRightBeforeANameStandsForIt() {
    assertEquals(List.of("singh-gandhi " + H), read("@Singh/PROPN/2/nsubj met/VERB/0/root party/NOUN/4/compound "
        + "chief/NOUN/2/obj @Gandhi/PROPN/2/obl"));
  }

  @Test
  void aNounInAnObliqueTakesTheClauseObjectForAContact() {
    assertEquals(List.of("adamkus-yushchenko telephone HAPPENED"), read("@Adamkus/PROPN/2/nsubj "
        + "congratulated/VERB/0/root @Yushchenko/PROPN/2/obj in/ADP/7/case a/DET/7/det telephone/NOUN/7/compound "
        + "conversation/NOUN/2/obl"));
  }

  @Test
  void aPlacesPossessiveTitleNamesThePerson() {
    assertEquals(List.of("soren-vuk " + H), read("@Soren/PROPN/2/nsubj met/VERB/0/root with/ADP/4/case "
        + "Serbia/PROPN/2/obl 's/PART/8/case Foreign/PROPN/7/compound Minister/PROPN/8/compound "
        + "@Vuk/PROPN/2/obl"));
  }

  @Test
  void aFrontedPhraseLeftAsRootStillTakesTheMainSubject() {
    assertEquals(List.of("schroeder-yushchenko letter HAPPENED"), read("In/ADP/3/case a/DET/3/det letter/NOUN/0/root "
        + "to/ADP/5/case @Yushchenko/PROPN/3/nmod ,/PUNCT/8/punct @Schroeder/PROPN/8/nsubj wrote/VERB/3/acl"));
  }

  @Test
  void anObjectThatNamesNoPersonIsNoMeetingAndVetoesTheTokenRules() {
    String received = "@Putin/PROPN/2/nsubj received/VERB/0/root a/DET/4/det letter/NOUN/2/obj from/ADP/7/case "
        + "President/PROPN/7/nmod:desc @Bush/PROPN/4/appos";
    assertEquals(List.of(), read(received));
    assertEquals(List.of(1), vetoes(received));
  }

  @Test
  void aDayMisparsedAsTheObjectKeepsTheVerbsDependents() {
    assertEquals(List.of("soren-vuk " + H), read("@Soren/PROPN/2/nsubj met/VERB/0/root Sunday/PROPN/2/obj "
        + "with/ADP/5/case @Vuk/PROPN/3/nmod"));
  }

  @Test
  void aMeetingNounAfterForOrAheadOfIsPlanned() {
    assertEquals(List.of("sadr-abdullah in-person PLANNED"), read("@Sadr/PROPN/2/nsubj arrived/VERB/0/root "
        + "for/ADP/4/case talks/NOUN/2/obl with/ADP/6/case @Abdullah/PROPN/4/nmod"));
  }

  @Test
  void noPersonNoFact() {
    assertTrue(read("@Rice/PROPN/2/nsubj met/VERB/0/root reporters/NOUN/2/obj").isEmpty());
  }

  @Test
  void anInfinitiveHungAsAnAdverbialClauseOfDueIsPlanned() {
    assertEquals(List.of("abbas-lahoud in-person PLANNED"), read("@Abbas/PROPN/3/nsubj are/AUX/3/cop "
        + "due/ADJ/0/root to/PART/5/mark meet/VERB/3/advcl with/ADP/7/case @Lahoud/PROPN/5/obl"));
  }

  @Test
  void subjectsWhoSpeakToSomeoneElseAreNoReciprocalPair() {
    assertEquals(List.of(), read("@Gonzales/PROPN/4/nsubj and/CCONJ/3/cc @Vaca/PROPN/1/conj spoke/VERB/0/root "
        + "to/ADP/6/case reporters/NOUN/4/obl"));
    assertEquals(List.of("gonzales-vaca in-person HAPPENED"), read("@Gonzales/PROPN/4/nsubj and/CCONJ/3/cc "
        + "@Vaca/PROPN/1/conj spoke/VERB/0/root for/ADP/7/case an/DET/7/det hour/NOUN/4/obl"));
  }

  @Test
  void aCallOnADayIsATelephoneCall() {
    assertEquals(List.of("bush-putin telephone HAPPENED"), read("@Bush/PROPN/2/nsubj called/VERB/0/root "
        + "@Putin/PROPN/2/obj on/ADP/5/case Monday/PROPN/2/obl"));
    assertEquals(List.of(), read("@Bush/PROPN/2/nsubj called/VERB/0/root on/ADP/4/case @Putin/PROPN/2/obl"));
  }

  @Test
  void callingByANameIsNoCall() {
    assertEquals(List.of(), read("@Cheney/PROPN/2/nsubj called/VERB/0/root @Murtha/PROPN/2/obj \"/PUNCT/7/punct "
        + "a/DET/7/det good/ADJ/7/amod man/NOUN/3/conj"));
    assertEquals(List.of(), read("@She/PRON/2/nsubj called/VERB/0/root @Chavez/PROPN/2/obj a/DET/5/det "
        + "force/NOUN/2/obl:unmarked"));
    assertEquals(List.of(), read("a/DET/2/det feast/NOUN/0/root called/VERB/2/acl @Eid/PROPN/3/obj"));
  }

  @Test
  void twoWhoSendMessagesToAThirdAreNoPair() {
    assertEquals(List.of(), read("@Benedict/PROPN/4/nsubj and/CCONJ/3/cc @Putin/PROPN/1/conj sent/VERB/0/root "
        + "messages/NOUN/4/obj"));
    assertEquals(List.of("lavrov-rice message HAPPENED"), read("@Rice/PROPN/4/nsubj and/CCONJ/3/cc "
        + "@Lavrov/PROPN/1/conj exchanged/VERB/0/root messages/NOUN/4/obj"));
  }

  @Test
  void whoDeliversALetterFromAnotherCarriesIt() {
    assertEquals(List.of(), read("@Khazaee/PROPN/2/nsubj delivered/VERB/0/root a/DET/4/det letter/NOUN/2/obj "
        + "from/ADP/6/case @Mottaki/PROPN/4/nmod"));
    assertEquals(List.of("mottaki-ban letter HAPPENED"), read("@Khazaee/PROPN/2/nsubj delivered/VERB/0/root "
        + "a/DET/4/det letter/NOUN/2/obj from/ADP/6/case @Mottaki/PROPN/4/nmod to/ADP/8/case @Ban/PROPN/2/obl"));
    assertEquals(List.of("mottaki-ban letter HAPPENED"), read("@Ban/PROPN/2/nsubj received/VERB/0/root "
        + "a/DET/4/det letter/NOUN/2/obj from/ADP/6/case @Mottaki/PROPN/4/nmod"));
  }
}
