package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Topics;
import org.newsgraph.lexicon.TopicScheme;

/** Each rule of article, event and quote topics, on short texts through the whole pipeline. */
class TopicStageTest {
  static final TopicScheme S = TopicScheme.shipped();
  static final String FILLER = " The weather was mild. Officials gave no details. The statement was brief."
      + " Reporters waited outside. The building was closed. The day ended quietly.";

  static Document annotate(String text) {
    Document d = new Document("t", text, null, null, null);
    FactStageTest.PIPELINE.annotate(d);
    return d;
  }

  static List<String> topics(String text) {
    return annotate(text).get(Annotations.TOPICS).article().stream().map(t -> S.concept(t.concept()).prefLabel())
        .toList();
  }

  @Test
  void aPhraseIsATopicAndAWordInOnePassingSentenceIsNot() {
    assertEquals(List.of("peace process"), topics("The peace process stalled." + FILLER));
    assertEquals(List.of(), topics("The economy was mentioned." + FILLER));
  }

  @Test
  void aWordInTwoSentencesIsATopic() {
    assertEquals(List.of("economy"), topics("The economy was in trouble. Critics said the economy was weak." + FILLER));
  }

  @Test
  void aDiscussedWordIsATopicAlone() {
    assertEquals(List.of("economic sanction"), topics("The ministers held talks on sanctions." + FILLER));
  }

  @Test
  void inAShortArticleOneSentenceIsNoPassingMention() {
    assertEquals(List.of("economic sanction"), topics("Leaders agreed that sanctions should stay. Nothing else."));
  }

  @Test
  void anActorConceptMustBeTalkedAbout() {
    assertEquals(List.of(), topics("The court said little. The court adjourned." + FILLER));
    assertEquals(List.of("court"), topics("The envoys discussed the court." + FILLER));
  }

  @Test
  void theMoreSpecificConceptIsKept() {
    List<String> t = topics("The peace process resumed. A ceasefire was agreed in the peace talks." + FILLER);
    assertEquals(List.of("peace talks"), t);
  }

  @Test
  void aParentWithNoTermOfItsOwnIsNotAssignedByItsChildren() {
    List<String> t = topics("The cabinet reshuffle came first. The budget deficit grew. The national debt rose."
        + FILLER);
    assertTrue(t.stream().noneMatch(x -> x.equals("government")), t.toString());
  }

  @Test
  void aTopConceptIsNeverAssigned() {
    for (Topics.Topic t : annotate("Crime rose. Crime fell. Crime rose again. Crime fell again.")
        .get(Annotations.TOPICS).article()) {
      assertTrue(S.concept(t.concept()).depth() > 1);
    }
  }

  @Test
  void topicsCarryRankConfidenceAndEvidence() {
    Topics t = annotate("The peace process stalled. The peace talks failed. Sanctions were discussed in talks on "
        + "sanctions." + FILLER).get(Annotations.TOPICS);
    assertTrue(t.article().size() >= 2);
    for (int i = 0; i < t.article().size(); i++) {
      Topics.Topic x = t.article().get(i);
      assertEquals(i + 1, x.rank());
      assertTrue(x.confidence() > 0 && x.confidence() <= 1);
      assertTrue(!x.sentences().isEmpty() && !x.terms().isEmpty());
    }
  }

  @Test
  void aMeetingIsAboutTheTermsOfItsSentence() {
    Document d = annotate("President Ana Lima met Prime Minister Rui Costa in Lisbon for talks on the ceasefire."
        + FILLER);
    Facts f = d.get(Annotations.FACTS);
    assertEquals(1, f.interactions.size());
    Set<String> about = new TreeSet<>();
    f.interactions.get(0).issues().forEach(c -> about.add(S.concept(c).prefLabel()));
    assertEquals(Set.of("peace talks"), about);
  }

  @Test
  void aQuoteIsAboutItsPhrases() {
    Document d = annotate("\"We will never accept the sanctions or this arms embargo,\" President Ana Lima said."
        + FILLER);
    List<Set<String>> quotes = d.get(Annotations.TOPICS).quotes();
    assertEquals(1, quotes.size());
    assertTrue(quotes.get(0).contains(TopicScheme.MEDTOP + "20000642"), quotes.toString());
  }
}
