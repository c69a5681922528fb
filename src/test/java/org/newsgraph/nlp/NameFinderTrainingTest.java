package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

/** The markup check that runs before OpenNLP parses a sample line, and the weights and filters of training files. */
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

  private static NameSample sample(String line, boolean newDocument) {
    try {
      return NameSample.parse(line, newDocument);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aWeightThinsOrRepeatsWholeDocuments() {
    List<NameSample> docs = List.of(sample("A b .", true), sample("C d .", false), sample("E f .", true),
        sample("G h .", true), sample("I j .", true));
    List<NameSample> half = NameFinderTraining.weighted(docs, 0.5);
    // every other document, each with all its sentences
    assertEquals(List.of("E", "I"), half.stream().map(s -> s.getSentence()[0]).toList());
    assertEquals(10, NameFinderTraining.weighted(docs, 2).size());
    assertEquals(docs, NameFinderTraining.weighted(docs, 1));
  }

  @Test
  void aSentenceWithAnUntaggedCapitalizedWordIsNotFullyTagged() {
    assertTrue(NameFinderTraining.fullyTagged(sample("The <START:person> Anna Berg <END> spoke .", false)));
    assertTrue(NameFinderTraining.fullyTagged(sample("He said : \" Yes . \"", false)));
    assertFalse(NameFinderTraining.fullyTagged(sample("<START:person> Anna <END> joined Siemens .", false)));
  }

  @Test
  void gazetteerColumnsBecomeMultiWordEntries() throws Exception {
    Dictionary d = NameFinderTraining.phrases("/org/newsgraph/lexicon/countries.tsv", 1, 2, 3);
    assertTrue(d.contains(new StringList("United", "States")));
    assertTrue(d.contains(new StringList("Afghan")));
    assertFalse(d.contains(new StringList("country")));
  }
}
