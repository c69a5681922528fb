package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
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

  @Test
  void aFilledFileGainsTheOtherTypesButNoPeopleAndNoOverlap() throws IOException {
    Path dir = Path.of("src/test/resources/ner");
    TokenNameFinderModel helper = NameFinderTraining.create().data(dir).files(List.of("sample.opennlp"))
        .iterations(30).train();
    // the same sentences with their places and bodies left out, as CrossNER leaves some out
    List<NameSample> partial = new ArrayList<>();
    for (NameSample s : NameFinderTraining.readSamples(dir.resolve("sample.opennlp"))) {
      Span[] people = Arrays.stream(s.getNames()).filter(n -> n.getType().equals("person")).toArray(Span[]::new);
      partial.add(new NameSample(s.getSentence(), people, s.isClearAdaptiveDataSet()));
    }
    List<NameSample> filled = NameFinderTraining.fill(helper, partial);
    assertEquals(partial.size(), filled.size());
    int added = 0;
    for (int i = 0; i < filled.size(); i++) {
      List<Span> before = List.of(partial.get(i).getNames());
      List<Span> after = List.of(filled.get(i).getNames());
      assertTrue(after.containsAll(before), "gold names are kept");
      for (Span n : after) {
        if (!before.contains(n)) {
          added++;
          assertFalse(n.getType().equals("person"), "people come from the file alone");
          assertTrue(before.stream().noneMatch(b -> b.getStart() < n.getEnd() && n.getStart() < b.getEnd()));
        }
      }
      assertEquals(partial.get(i).isClearAdaptiveDataSet(), filled.get(i).isClearAdaptiveDataSet());
    }
    assertTrue(added > 0, "the helper finds some places and bodies");
  }
}
