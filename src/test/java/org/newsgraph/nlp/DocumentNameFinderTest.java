package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The document-level rules that run after the statistical finder, on hand-made spans. */
class DocumentNameFinderTest {
  private static final Predicate<String> COMMON =
      w -> Set.of("the", "attacked", "general", "he", "said").contains(w.toLowerCase(Locale.ROOT));
  private static final Predicate<String> GIVEN = Set.of("Stanisław", "Kory", "Anna")::contains;

  /** Runs the consistency step; each sentence is "tokens | start:end:type …". */
  private static List<String> run(String... sentences) {
    List<String[]> toks = new ArrayList<>();
    List<List<Span>> found = new ArrayList<>();
    for (String s : sentences) {
      String[] parts = s.split(" \\| ");
      toks.add(parts[0].split(" "));
      List<Span> spans = new ArrayList<>();
      if (parts.length > 1) {
        for (String sp : parts[1].split(" ")) {
          String[] f = sp.split(":");
          spans.add(new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]));
        }
      }
      found.add(spans);
    }
    DocumentNameFinder.consistency(toks, found, COMMON, GIVEN);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      List<Span> spans = new ArrayList<>(found.get(i));
      spans.sort(null);
      for (Span sp : spans) {
        out.add(i + ":" + String.join(" ", Arrays.copyOfRange(toks.get(i), sp.getStart(), sp.getEnd())) + "/"
            + sp.getType());
      }
    }
    return out;
  }

  @Test
  void aSurnameFoundAloneTakesTheGivenNamesAndInitialsBeforeIt() {
    assertEquals(List.of("0:Stanisław Baranowski/person", "1:Stanisław Baranowski/person"),
        run("Stanisław Baranowski taught . | 0:2:person", "She married Stanisław Baranowski ."));
    assertEquals(List.of("0:Clifford Douglas/person", "1:C. H. Douglas/person"),
        run("Clifford Douglas spoke . | 0:2:person", "A theory of C. H. Douglas ."));
    assertEquals(List.of("0:Anna Baranowski/person", "1:Baranowski/person"),
        run("Anna Baranowski taught . | 0:2:person", "Senior Baranowski won ."));
  }

  @Test
  void aFullNameOfTheDocumentIsAPersonWhereverItStands() {
    assertEquals(List.of("0:Kory Lichtensteiger/person", "1:Kory Lichtensteiger/person"),
        run("Kory Lichtensteiger won . | 0:2:person", "Then Kory Lichtensteiger lost ."));
  }

  @Test
  void capitalizedWordsAfterATitleAreAPerson() {
    assertEquals(List.of("0:O'Neill/person", "0:Moomaw/person"),
        run("Speaker O'Neill , Reverend Moomaw , and friends"));
    assertEquals(List.of("0:Jubal Anderson/person"), run("Gen. Jubal Anderson attacked"));
    assertEquals(List.of(), run("the General said"));
    assertEquals(List.of("0:General Motors/organization"), run("General Motors said | 0:2:organization"));
  }

  @Test
  void aStringTaggedTwiceTakesItsMostFrequentTypeAndPersonWinsTies() {
    assertEquals(List.of("0:Jordan/person", "1:Jordan/person"),
        run("Jordan scored . | 0:1:person", "Jordan won . | 0:1:location"));
    assertEquals(List.of("0:Chad/location", "1:Chad/location", "2:Chad/location"),
        run("Chad . | 0:1:location", "Chad . | 0:1:location", "Chad . | 0:1:organization"));
  }
}
