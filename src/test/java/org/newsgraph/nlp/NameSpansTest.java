package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameSpansTest {
  private static final Predicate<String> COMMON = Set.of("back", "for", "after", "a", "year", "led", "the")::contains;

  private static String clean(String sentence, int start, int end) {
    String[] t = sentence.split(" ");
    Span s = NameSpans.cleanPerson(new Span(start, end, "person"), t, COMMON);
    return s == null ? null : String.join(" ", Arrays.copyOfRange(t, s.getStart(), s.getEnd()));
  }

  @Test
  void honorificsGoAndBracketsCutTheSpan() {
    assertEquals("Muhammad Yunus", clean("Dr Muhammad Yunus said", 0, 3));
    assertEquals("Nigel Walker", clean("14 - Nigel Walker ( Wales ) ,", 2, 6));
    assertEquals("Bush", clean("Mr. Bush 's visit", 0, 3));
    assertNull(clean("( Mr. ) said", 0, 3));
  }

  @Test
  void aLeadingTitleGoesUnlessItIsAllThereIs() {
    assertEquals("Eastman", clean("Professor Eastman says", 0, 2));
    assertEquals("Abdullah", clean("King Abdullah arrived", 0, 2));
    assertEquals("King", clean("King said", 0, 1));
  }

  @Test
  void hyphenatedPartsStayButNotCommonWords() {
    assertEquals("Cha Eun - woo", clean("actor Cha Eun - woo said", 1, 3));
    assertEquals("Mandela", clean("a Mandela - led government", 1, 2));
    assertEquals("Hwang Woo- suk", clean("Dr. Hwang Woo- suk said", 1, 3));
    assertEquals("Lee Hyung - taik", clean("Lee Hyung - taik of Korea", 0, 2));
    assertEquals("Mutharika", clean("Mutharika - a key ally", 0, 1));
    assertEquals("Arafat", clean("Arafat - allies were named", 0, 1));
  }

  @Test
  void aRankAloneIsNoPerson() {
    assertNull(clean("Major General Mart de Kruif", 0, 1));
  }

  @Test
  void labelsLoseWhatTheirLastTokenCarries() {
    assertEquals("Dwain Chambers", NameSpans.cleanLabel("Dwain Chambers'"));
    assertEquals("Igor Ivanov", NameSpans.cleanLabel("Igor Ivanov."));
    assertEquals("Chen Shu", NameSpans.cleanLabel("Chen Shu-"));
    assertEquals("Harry Connick Jr.", NameSpans.cleanLabel("Harry Connick Jr."));
    assertEquals("George W.", NameSpans.cleanLabel("George W."));
    assertFalse(NameSpans.nameLike("J.S."));
    assertFalse(NameSpans.nameLike("H.I.V."));
    assertTrue(NameSpans.nameLike("Xi"));
  }

  @Test
  void sentencesInCapitalsAreRecased() {
    String[] t = "RUGBY UNION - CUTTITTA BACK FOR ITALY AFTER A YEAR .".split(" ");
    assertTrue(NameSpans.shouting(t));
    assertArrayEquals("Rugby Union - Cuttitta back for Italy after A year .".split(" "),
        NameSpans.truecase(t, COMMON));
    assertFalse(NameSpans.shouting("Talks in U.S. and EU".split(" ")));
    assertFalse(NameSpans.shouting("NATO".split(" ")));
  }
}
