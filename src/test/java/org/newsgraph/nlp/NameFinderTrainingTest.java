package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The markup check that runs before OpenNLP parses a sample line. */
class NameFinderTrainingTest {
  @Test
  void wellFormedMarkupPasses() {
    assertNull(NameFinderTraining.markupProblem("<START:person> Anna Berg <END> met <START:person> Tom <END> ."));
    assertNull(NameFinderTraining.markupProblem("No names here ."));
    assertNull(NameFinderTraining.markupProblem("<START> Anna <END> ran ."));
  }

  @Test
  void eachKindOfBrokenMarkupIsNamed() {
    assertEquals("<START> without <END>", NameFinderTraining.markupProblem("<START:person> Anna Berg ."));
    assertEquals("<END> without <START>", NameFinderTraining.markupProblem("Anna Berg <END> ."));
    assertEquals("nested <START>", NameFinderTraining.markupProblem("<START:person> <START:person> Anna <END> <END>"));
    assertEquals("empty name", NameFinderTraining.markupProblem("<START:person> <END> ran ."));
    assertEquals("bad name tag <START:per>son>", NameFinderTraining.markupProblem("<START:per>son> Anna <END>"));
  }
}
