package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class ShippedModelTest {
  private final TokenNameFinderModel model = NlpModels.load(null).ner();

  @Test
  void carriesTheNameListsItWasTrainedWith() {
    Dictionary first = assertInstanceOf(Dictionary.class, model.getArtifact(NameFinderTraining.FIRST_NAMES));
    Dictionary last = assertInstanceOf(Dictionary.class, model.getArtifact(NameFinderTraining.LAST_NAMES));
    assertTrue(first.contains(new StringList("Condoleezza")) || first.contains(new StringList("Vladimir")));
    assertTrue(last.contains(new StringList("Smith")));
    assertFalse(first.contains(new StringList("the")));
  }

  @Test
  void knowsWhichWordsAreCommonInLowercase() {
    Predicate<String> common = DocumentNameFinder.commonWords(model);
    assertTrue(common.test("the"));
    assertTrue(common.test("meeting"));
    assertFalse(common.test("moscow"));
    assertFalse(common.test("putin"));
  }
}
