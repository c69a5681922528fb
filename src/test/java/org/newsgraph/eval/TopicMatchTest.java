package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.lexicon.TopicScheme;

/** How eval matches a predicted issue concept with a gold issue line (the README's section on the gold format). */
class TopicMatchTest {
  static final String M = TopicScheme.MEDTOP;

  @Test
  void aListedCodeMatchesItsConcept() {
    assertTrue(Evaluator.topicMatches(List.of("ceasefire", "medtop:20000076"), M + "20000076"));
  }

  @Test
  void aListedCodeMatchesEveryConceptBelowIt() {
    assertTrue(Evaluator.topicMatches(List.of("peace", "medtop:20000073"), M + "20000076"));
    assertTrue(Evaluator.topicMatches(List.of("missile defense", "medtop:20000602"),
        TopicScheme.NGI + "missile-defense"));
  }

  @Test
  void aBroaderConceptDoesNotMatchANarrowerCode() {
    assertFalse(Evaluator.topicMatches(List.of("talks", "medtop:20000076"), M + "20000073"));
  }

  @Test
  void aSpellingMatchesAPrefLabelOrAnAltLabel() {
    assertTrue(Evaluator.topicMatches(List.of("truce"), M + "20000076"));
    assertTrue(Evaluator.topicMatches(List.of("Peace Talks"), M + "20000076"));
    assertFalse(Evaluator.topicMatches(List.of("kidnapping"), M + "20000076"));
  }
}
