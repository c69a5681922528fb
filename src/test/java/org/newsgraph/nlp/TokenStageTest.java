package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The mends that {@link TokenStage} makes to the tokenizer's output, on spans written by hand. */
class TokenStageTest {
  private static String[] words(Span[] spans, String text) {
    return Arrays.stream(spans).map(s -> s.getCoveredText(text).toString()).toArray(String[]::new);
  }

  @Test
  void aClosingPeriodLeftOnAWordBecomesItsOwnToken() {
    String text = "Rutte met Lavrov.";
    Span[] spans = {new Span(0, 5), new Span(6, 9), new Span(10, 17)};
    assertArrayEquals(new String[] {"Rutte", "met", "Lavrov", "."}, words(TokenStage.splitFinalPeriod(spans, text),
        text));
  }

  @Test
  void anAbbreviationKeepsItsPeriod() {
    for (String last : new String[] {"U.S.", "Jr.", "J."}) {
      String text = "He lives in the " + last;
      Span[] spans = {new Span(0, 2), new Span(3, 8), new Span(9, 11), new Span(12, 15),
          new Span(16, text.length())};
      assertArrayEquals(words(spans, text), words(TokenStage.splitFinalPeriod(spans, text), text), last);
    }
  }

  @Test
  void aHyphenGluedToTheNextWordAndAGluedWeekdayAreCut() {
    String text = "Serbia-Montenegro's paper Die PresseWednesday";
    Span[] spans = {new Span(0, 6), new Span(6, 19), new Span(20, 25), new Span(26, 29), new Span(30, 45)};
    assertArrayEquals(new String[] {"Serbia", "-", "Montenegro", "'s", "paper", "Die", "Presse", "Wednesday"},
        words(TokenStage.splitClitics(spans, 0, text), text));
  }
}
