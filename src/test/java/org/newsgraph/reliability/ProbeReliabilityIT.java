package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;

/**
 * Reliability, round two: the failures that an adversarial probe found (issue 17), one test each, numbered as
 * in the issue. The server's hostile-request tests are in {@code ServerProbeIT}.
 */
class ProbeReliabilityIT {
  @TempDir
  Path dir;

  static final String STORY = "Foreign Minister Ida Berg met Secretary of State Tom Hale in Oslo on Monday.\n"
      + "\"We made progress,\" Berg said.\n";

  static final String IDS = "SELECT (COUNT(DISTINCT ?id) AS ?n) { GRAPH ?g { ?d <https://schema.org/identifier> ?id } }";

  @Test
  void p01TheSameTextUnderTwoIdsIsTwoDocuments() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("wire-a.txt"), STORY);
    Files.writeString(in.resolve("wire-b.txt"), STORY);
    Path store = dir.resolve("s");
    Cli.Run r = Cli.run(store, "ingest", in.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(2, Cli.value(Cli.run(store, "stats").out(), "documents"));
    long quads = Cli.value(Cli.run(store, "stats").out(), "quads");

    Cli.Run again = Cli.run(store, "ingest", in.resolve("wire-b.txt").toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(1, Cli.value(again.out(), "unchanged"), again.out());
    assertEquals(quads, Cli.value(Cli.run(store, "stats").out(), "quads"));

    assertEquals(0, Cli.run(store, "remove", "wire-a").code());
    Cli.Run left = Cli.run(store, "query", "--format", "tsv", IDS);
    assertTrue(left.out().contains("1"), left.out());
    assertEquals(1, Cli.value(Cli.run(store, "stats").out(), "documents"));
    assertTrue(Cli.value(Cli.run(store, "stats").out(), "meetings") > 0, "wire-b's meeting survives");
  }
}
