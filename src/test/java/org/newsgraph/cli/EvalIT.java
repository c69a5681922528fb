package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} against the gold facts of the seeds: F1 = 1.00 for every relation. */
class EvalIT {
  static final Path GOLD = Path.of("src/test/resources/gold/seeds.tsv");

  @Test
  void seedsScorePerfectlyOnEveryRelation() {
    Cli.Run r = Cli.run("eval", "--gold", GOLD.toString(), "--format", "json", Cli.seeds().toString());
    assertEquals(0, r.code(), r.err());
    JsonObject json = JSON.parse(r.out());
    JsonObject rel = json.get("relations").getAsObject();
    for (String name : new String[] {"person", "country", "issue", "role", "represents", "met", "contact",
        "organization", "member"}) {
      JsonObject s = rel.get(name).getAsObject();
      assertEquals(1.0, s.get("f1").getAsNumber().value().doubleValue(), 1e-9, name + ": " + r.out());
      assertEquals(0, s.get("fp").getAsNumber().value().intValue(), name);
      assertEquals(0, s.get("fn").getAsNumber().value().intValue(), name);
    }
    JsonObject corpus = json.get("corpus").getAsObject();
    assertEquals(6, corpus.get("persons").getAsObject().get("found").getAsNumber().value().intValue());
    assertEquals(1.0, corpus.get("met").getAsObject().get("f1").getAsNumber().value().doubleValue(), 1e-9);
    assertEquals(0, json.get("misses").getAsArray().size());
  }

  @Test
  void theDevelopmentSetStaysAboveItsBar() {
    Cli.Run r = Cli.run("eval", "--gold", "dev/gold.tsv", "--format", "json", "dev/articles");
    assertEquals(0, r.code(), r.err());
    JsonObject rel = JSON.parse(r.out()).get("relations").getAsObject();
    for (String name : new String[] {"met", "contact", "organization", "member"}) {
      assertEquals(1.0, rel.get(name).getAsObject().get("f1").getAsNumber().value().doubleValue(), 1e-9, r.out());
    }
    for (String name : new String[] {"person", "country", "issue", "role", "represents"}) {
      assertTrue(rel.get(name).getAsObject().get("f1").getAsNumber().value().doubleValue() >= 0.94, name + r.out());
    }
  }

  /**
   * The 32 real VOA documents of {@code dev/voa/} (public domain, from {@code shared/corpus/voa/}) against their gold:
   * no relation may fall more than 0.03 F1 below the figures reported for this code in the README.
   */
  @Test
  void realNewsStaysAtItsReportedFigures() {
    Cli.Run r = Cli.run("eval", "--gold", "dev/voa-dev.tsv", "--format", "json", "dev/voa");
    assertEquals(0, r.code(), r.err());
    JsonObject rel = JSON.parse(r.out()).get("relations").getAsObject();
    Map<String, Double> reported = Map.of("met", 0.889, "contact", 0.750, "role", 0.873,
        "represents", 0.821, "person", 0.957, "country", 0.976, "issue", 0.710);
    reported.forEach((name, f1) -> assertTrue(rel.get(name).getAsObject().get("f1").getAsNumber().value()
        .doubleValue() >= f1 - 0.03, name + " fell below " + f1 + " - 0.03: " + r.out()));
    JsonObject merge = JSON.parse(r.out()).get("corpus").getAsObject().get("merge").getAsObject();
    assertTrue(merge.get("precision").getAsNumber().value().doubleValue() >= 1.00 - 0.03, r.out());
    assertTrue(merge.get("f1").getAsNumber().value().doubleValue() >= 0.991 - 0.03, r.out());
  }

  @Test
  void missesAndFalsePositivesAreListedWithTheirDocument(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "# doc\trelation\targ1\targ2\n"
        + "cbs-putin-rice-missile\tmet\tVladimir Putin\tGeorge W. Bush\n"
        + "cbs-putin-rice-missile\tperson\tVladimir Putin|Putin\n");
    Cli.Run r = Cli.run("eval", "--gold", gold.toString(), Cli.seeds().resolve("cbs-putin-rice-missile.txt")
        .toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("MISS met cbs-putin-rice-missile: Vladimir Putin — George W. Bush"), r.out());
    assertTrue(r.out().contains("FP   met cbs-putin-rice-missile: "), r.out());
    assertTrue(r.out().matches("(?s).*person\\s+1\\s+5\\s+0.*"), r.out());
  }

  @Test
  void aMalformedGoldFileIsBadInput(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "doc\tmet\tonly-one-argument\n");
    Cli.Run r = Cli.run("eval", "--gold", gold.toString(), Cli.seeds().toString());
    assertEquals(ExitCodes.DATA, r.code());
    assertTrue(r.err().contains(":1: relation met takes 2 argument(s)"), r.err());
  }
}
