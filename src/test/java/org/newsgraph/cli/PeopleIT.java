package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * People across real documents ({@code src/test/resources/voa-people}, from the VOA corpus): none of the wrong
 * merges that issue 16 found, and no broken label.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleIT {
  Path store;

  @BeforeAll
  void ingest(@TempDir Path dir) {
    store = dir.resolve("s");
    Cli.Run r = Cli.run(store, "ingest", Path.of("src/test/resources/voa-people").toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void whoMetWhomHoldsNoneOfTheWrongPairs() {
    Cli.Run r = Cli.run(store, "ask", "--format", "tsv", "Who met whom?");
    assertEquals(0, r.code(), r.err());
    StringBuilder people = new StringBuilder();
    for (String line : r.out().split("\n")) {
      String[] cells = line.split("\t");
      people.append(cells[0]).append('|').append(cells.length > 1 ? cells[1] : "").append('\n');
    }
    for (String wrong : new String[] {"Abdullah Abdullah", "George Herbert Walker Bush", "Laura Bush", "John Paul",
        "SCHROEDER", "Monday", "Tuesday"}) {
      assertFalse(people.toString().contains(wrong), wrong + " in " + people);
    }
    assertTrue(people.toString().contains("Abdullah|Vladimir Putin"), people.toString());
  }

  @Test
  void theKingsOfJordanAndSaudiArabiaAreTwoPeople() {
    Cli.Run r = Cli.run(store, "query", "--format", "tsv", """
        SELECT ?doc ?p { GRAPH <https://w3id.org/newsgraph/graph/entities> { ?p rdfs:label "Abdullah" .
          ?l ng:resolvesTo ?p } GRAPH ?g { ?l ng:document/schema:identifier ?doc } } ORDER BY ?doc""");
    String jordan = line(r.out(), "voa-02007");
    String saudi = line(r.out(), "voa-00104");
    assertNotEquals(jordan.split("\t")[1], saudi.split("\t")[1], r.out());
  }

  @Test
  void paulRepresentsNoIran() {
    Cli.Run r = Cli.run(store, "ask", "--format", "tsv", "Who represents Iran?");
    for (String line : r.out().split("\n")) {
      assertFalse(line.split("\t")[0].contains("Paul"), r.out());
    }
  }

  @Test
  void labelsHaveNoTimeWordPunctuationOrCapitals() {
    Cli.Run r = Cli.run(store, "query", "--format", "tsv",
        "SELECT ?l { GRAPH <https://w3id.org/newsgraph/graph/entities> { ?p a ng:Person ; rdfs:label ?l } }");
    Pattern bad = Pattern.compile("\"(.*\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
        + "February|March|July|September|October|November|December)\\b.*|.*[\\-',]|.*\\b\\p{Lu}{3,}\\b.*)\"");
    for (String line : r.out().split("\n")) {
      assertFalse(bad.matcher(line).matches(), line);
    }
    Cli.Run suspects = Cli.run(store, "resolve", "--list-suspects");
    assertTrue(suspects.out().contains("# labels with a time word or punctuation: 0"), suspects.out());
  }

  private static String line(String out, String doc) {
    for (String l : out.split("\n")) {
      if (l.contains(doc)) {
        return l;
      }
    }
    throw new AssertionError(doc + " not in " + out);
  }
}
