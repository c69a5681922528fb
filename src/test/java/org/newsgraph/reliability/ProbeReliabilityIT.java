package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.ingest.Ingester;

/**
 * Reliability, round two: the failures that an adversarial probe found (issue 17), one test each, numbered as
 * in the issue. The server's hostile-request tests are in {@code ServerProbeIT}.
 */
class ProbeReliabilityIT {
  @TempDir
  Path dir;

  static final String STORY = "Foreign Minister Ida Berg met Secretary of State Tom Hale in Oslo on Monday.\n"
      + "\"We made progress,\" Berg said.\n";

  static final String IDS =
      "SELECT (COUNT(DISTINCT ?id) AS ?n) { GRAPH ?g { ?d <https://schema.org/identifier> ?id } }";

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

  static String jsonLine(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
  }

  static Cli.Run withStdin(byte[] in, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(in));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(old);
    }
  }

  long ids(Path store) {
    String out = Cli.run(store, "query", "--format", "tsv", IDS).out();
    return Long.parseLong(out.lines().skip(1).findFirst().orElse("0").replaceAll("\"", "").split("\\^")[0].trim());
  }

  @Test
  void p03JsonLinesAreParsedBeforeTheTextGuard() throws Exception {
    String id = "wire-" + "x".repeat(300);
    String url = "https://example.org/" + "a".repeat(300);
    String line = "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"text\":\"Foreign Minister Ida Berg met "
        + "Secretary of State Tom Hale in Oslo on Monday. \\u201cWe made progress,\\u201d Berg said.\"}\n";
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, line);
    Path store = dir.resolve("s");
    Cli.Run r = Cli.run(store, "ingest", f.toString());
    assertEquals(0, r.code(), r.err());
    String q = "SELECT ?id ?u { GRAPH ?g { ?d <https://schema.org/identifier> ?id ; <https://schema.org/url> ?u } }";
    String out = Cli.run(store, "query", "--format", "tsv", q).out();
    assertTrue(out.contains(id) && out.contains(url), out);
  }

  @Test
  void p04TheSizeLimitIsPerDocumentNotPerFile() throws Exception {
    StringBuilder sb = new StringBuilder();
    String pad = "p".repeat(700_000);
    int n = 0;
    while (sb.length() < 6 << 20) {
      sb.append("{\"id\":\"doc-").append(n++).append("\",\"note\":\"").append(pad)
          .append("\",\"text\":\"Ida Berg met Tom Hale in Oslo.\"}\n");
    }
    Path f = dir.resolve("big.jsonl");
    Files.writeString(f, sb.toString());
    Path store = dir.resolve("s");
    Cli.Run r = Cli.run(store, "ingest", "--no-compact", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(n, Cli.value(r.out(), "documents"));
  }

  @Test
  void p05IdsWithControlCharactersAreRefusedAndTitlesCleaned() throws Exception {
    String lines = "{\"id\":\"a\\u0007b\",\"text\":\"Ida Berg met Tom Hale.\"}\n"
        + "{\"id\":\"x\\ud800\",\"text\":\"Ida Berg met Tom Hale.\"}\n"
        + "{\"id\":\"ok\",\"title\":\"\\u001b[31mRed\\u0000 title\",\"text\":\"Ida Berg met Tom Hale.\"}\n";
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, lines);
    Path store = dir.resolve("s");
    Cli.Run r = Cli.run(store, "ingest", f.toString());
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    assertTrue(r.err().contains("c.jsonl:1: \"id\" has control characters"), r.err());
    assertTrue(r.err().contains("c.jsonl:2: \"id\" has control characters"), r.err());
    String out = Cli.run(store, "export", "--format", "nquads").out();
    assertTrue(out.contains("[31mRed title"), "title kept without its control characters");
    assertTrue(out.chars().noneMatch(c -> c == 0x1b || c == 0), "no control character reaches the graph");
  }

  @Test
  void p06TextOnStandardInputNeedsAnId() {
    Path store = dir.resolve("s");
    byte[] text = STORY.getBytes(StandardCharsets.UTF_8);
    Cli.Run without = withStdin(text, "ingest", "--store", store.toString(), "-");
    assertEquals(ExitCodes.DATA, without.code(), without.err());
    assertTrue(without.err().contains("needs --id ID"), without.err());
    assertEquals(0, withStdin(text, "ingest", "--store", store.toString(), "--id", "first", "-").code());
    assertEquals(0, withStdin(text, "ingest", "--store", store.toString(), "--id", "second", "-").code());
    assertEquals(2, ids(store), "the second piped article did not replace the first");
    byte[] jsonl = jsonLine("third", "Ida Berg met Tom Hale.").getBytes(StandardCharsets.UTF_8);
    assertEquals(0, withStdin(jsonl, "ingest", "--store", store.toString(), "-").code());
    assertEquals(3, ids(store));
  }

  @Test
  void p09AWholeRequestIsOneBatch() {
    List<Integer> items = IntStream.range(0, 300).boxed().toList();
    assertEquals(1, Ingester.batches(items, Integer.MAX_VALUE).size());
  }

  @Test
  void p13AndP24PasswordFilesThatWouldLetAnyoneIn() throws Exception {
    Path store = dir.resolve("s");
    for (String content : List.of("analyst\n", "analyst:\n", "analyst:   \n", "# nobody\n")) {
      Path pw = dir.resolve("pw");
      Files.writeString(pw, content);
      Cli.Run r = Cli.run("serve", "--store", store.toString(), "--port", "0", "--allow-update", "--auth",
          pw.toString());
      assertEquals(ExitCodes.DATA, r.code(), content + ": " + r.err());
    }
    Cli.Run d = Cli.run("serve", "--store", store.toString(), "--port", "0", "--allow-update", "--auth",
        dir.toString());
    assertEquals(ExitCodes.IO, d.code());
    assertTrue(d.err().contains("is a directory"), d.err());
  }

  @Test
  void p14JsonLdExportOfTheWholeStore() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run r = Cli.run(store, "export", "--format", "jsonld");
    assertEquals(0, r.code(), r.err());
    DatasetGraph ds = DatasetGraphFactory.create();
    RDFParser.fromString(r.out(), Lang.JSONLD).parse(ds);
    assertEquals(Cli.value(Cli.run(store, "stats").out(), "quads"), ds.stream().count());
  }

  @Test
  void p15QueryFromAFile() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Path rq = dir.resolve("q.rq");
    Files.writeString(rq, "SELECT (COUNT(*) AS ?n)\nWHERE { GRAPH ?g { ?s ?p ?o } }\n");
    Cli.Run r = Cli.run(store, "query", "--format", "tsv", "@" + rq);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("?n"), r.out());
  }

  @Test
  void p16ServiceAnywhereInTheAlgebraIsRefused() {
    Path store = dir.resolve("s");
    String svc = "SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o }";
    for (String q : List.of("SELECT * { { SELECT * { " + svc + " } } }",
        "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { " + svc + " })",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (EXISTS { " + svc + " })",
        "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { " + svc + " })")) {
      Cli.Run r = Cli.run(store, "query", q);
      assertEquals(ExitCodes.DATA, r.code(), q);
      assertTrue(r.err().contains("SERVICE is disabled"), r.err());
    }
  }

  @Test
  void p17AndP18BadTimeoutsAndUsageErrorsExitWithTwo() {
    Path store = dir.resolve("s");
    for (String t : List.of("0", "-1", "NaN", "Infinity")) {
      Cli.Run r = Cli.run(store, "query", "--timeout", t, "ASK {}");
      assertEquals(ExitCodes.USAGE, r.code(), t + ": " + r.err());
    }
    assertEquals(ExitCodes.USAGE, Cli.run("ingest", "--no-such-option").code());
    assertEquals(ExitCodes.USAGE, Cli.run("query").code());
  }

  @Test
  void p19ADeeplyNestedLineIsRejectedAndTheOthersIngested() throws Exception {
    String deep = "[".repeat(200_000) + "]".repeat(200_000) + "\n";
    Path f = dir.resolve("d.jsonl");
    Files.writeString(f, jsonLine("one", "Ida Berg met Tom Hale.") + deep + jsonLine("two", "Tom Hale met Ida Berg."));
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", f.toString());
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    assertTrue(r.err().contains("d.jsonl:2: JSON nested deeper"), r.err());
    assertEquals(2, Cli.value(r.out(), "documents"));
  }

  @Test
  void p20AnUnreadableDirectoryIsReportedAndTheRestIngested() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("locked"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.writeString(in.resolve("locked").resolve("b.txt"), STORY);
    in.resolve("locked").toFile().setReadable(false, false);
    in.resolve("locked").toFile().setExecutable(false, false);
    try {
      Cli.Run r;
      if (Files.isReadable(in.resolve("locked"))) {
        // root reads every directory: run the ingest as root without that power
        List<String> prefix = ChildJvm.withoutFileCapabilities();
        Assumptions.assumeTrue(prefix != null, "root reads every directory, and setpriv is missing");
        ChildJvm.Result c = ChildJvm.run(prefix, List.of(), Map.of(), "ingest", "--store",
            dir.resolve("s").toString(), in.toString());
        r = new Cli.Run(c.code(), c.out(), c.err());
      } else {
        r = Cli.run(dir.resolve("s"), "ingest", in.toString());
      }
      assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
      assertTrue(r.err().contains("locked: cannot read directory"), r.err());
      assertEquals(1, Cli.value(r.out(), "documents"));
    } finally {
      in.resolve("locked").toFile().setReadable(true, false);
      in.resolve("locked").toFile().setExecutable(true, false);
    }
  }

  @Test
  void p21ADeviceIsReadOnlyUpToTheLimit() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    long t0 = System.nanoTime();
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", "/dev/zero");
    assertEquals(ExitCodes.DATA, r.code(), r.err());
    assertTrue(r.err().contains("over the limit"), r.err());
    assertTrue(System.nanoTime() - t0 < 60_000_000_000L);
  }

  @Test
  void p22AnEmptyCompactionMarkerIsTreatedAsMissing() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Files.writeString(store.resolve("newsgraph-compacted-bytes"), "");
    Path more = dir.resolve("more.txt");
    Files.writeString(more, STORY);
    Cli.Run r = Cli.run(store, "ingest", more.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void p23ClosedStandardInputIsNamed() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
    List<String> cmd = new ArrayList<>(ChildJvm.builder(List.of(), Map.of(), "ingest", "--store",
        dir.resolve("s").toString(), "--id", "x", "-").command());
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec \"$@\" <&-", "sh");
    pb.command().addAll(cmd);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.DATA, p.waitFor(), out);
    assertTrue(out.contains("standard input is closed"), out);
  }

  @Test
  void p07ALongArticleCostsAboutWhatItsPartsCost() throws Exception {
    List<Path> parts = Corpus.write(dir.resolve("parts"), 400, 7);
    StringBuilder all = new StringBuilder();
    for (Path p : parts) {
      all.append(Files.readString(p)).append("\n\n");
    }
    Path big = dir.resolve("big.txt");
    Files.writeString(big, all);
    long t0 = System.nanoTime();
    ChildJvm.Result split = ChildJvm.run(List.of("-Xmx512m"), Map.of(), "ingest", "--threads", "1", "--store",
        dir.resolve("s1").toString(), dir.resolve("parts").toString());
    long tParts = System.nanoTime() - t0;
    assertEquals(0, split.code(), split.err());
    t0 = System.nanoTime();
    ChildJvm.Result one = ChildJvm.run(List.of("-Xmx512m"), Map.of(), "ingest", "--threads", "1", "--store",
        dir.resolve("s2").toString(), big.toString());
    long tOne = System.nanoTime() - t0;
    assertEquals(0, one.code(), one.err());
    assertTrue(tOne < 3 * tParts, "one article of " + all.length() + " characters took " + tOne / 1_000_000
        + " ms, its parts " + tParts / 1_000_000 + " ms");
  }

  @Test
  void p08ABacktrackingRegexIsRefusedBeforeItRuns() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run r = Cli.run(store, "query", "--timeout", "2",
        "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?o), \"^(\\\\w+\\\\s?)*$\")) }");
    assertEquals(ExitCodes.DATA, r.code(), r.err());
    assertTrue(r.err().contains("catastrophic backtracking"), r.err());
    Cli.Run fine = Cli.run(store, "query", "--timeout", "2",
        "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?o), \"^Put(in|on)\")) }");
    assertEquals(0, fine.code(), fine.err());
  }
}
