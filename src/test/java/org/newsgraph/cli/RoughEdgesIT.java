package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges a new user hit (issue 15, section 3), each with the behaviour that replaced it. */
class RoughEdgesIT {
  @TempDir
  Path dir;

  private static final String TEXT = "Foreign Minister Ida Berg met Prime Minister Paul Weber in Oslo on Monday.";

  @Test
  void aDirectoryGivesItsArticlesAndCountsTheRest() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), TEXT);
    Files.writeString(in.resolve("page.html"), "<html><body>" + TEXT + "</body></html>");
    Files.writeString(in.resolve("README.md"), "# notes\n" + TEXT);
    Files.writeString(in.resolve("one.json"), "{\n  \"id\": \"one\",\n  \"text\": \"" + TEXT + "\"\n}\n");
    Files.writeString(in.resolve("two.json"), "[{\"id\": \"two-a\", \"text\": \"" + TEXT + "\"},\n"
        + " {\"id\": \"two-b\", \"text\": \"" + TEXT + "\"}]");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.txt.gz")))) {
      gz.write(TEXT.getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", in.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(5, Cli.value(r.out(), "documents"), r.out());
    assertTrue(r.err().contains("skipped 2 file(s) that match no include pattern"), r.err());
    assertTrue(r.err().contains("README.md, page.html"), r.err());
    Cli.Run ids = Cli.run(dir.resolve("s"), "query", "--format", "csv",
        "SELECT ?id { ?d a schema:NewsArticle ; schema:identifier ?id } ORDER BY ?id");
    assertEquals("id\na\none\ntwo-a\ntwo-b\nzipped\n", ids.out().replace("\r", ""));
    Cli.Run html = Cli.run(dir.resolve("s2"), "ingest", "--include", "*.html", in.toString());
    assertEquals(1, Cli.value(html.out(), "documents"), html.out() + html.err());
    assertEquals(ExitCodes.USAGE, Cli.run(dir.resolve("s3"), "ingest", "--include", "[", in.toString()).code());
  }

  @Test
  void anExportHasTheUsualPermissions() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().resolve("cbs-putin-rice-missile.txt").toString()).code());
    Path usual = Files.createFile(dir.resolve("usual"));
    Path out = dir.resolve("out.ttl");
    assertEquals(0, Cli.run(store, "export", "-o", out.toString()).code());
    assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().resolve("cbs-putin-rice-missile.txt").toString()).code());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Run r = Cli.run(store, "serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCodes.IO, r.code(), r.err());
      assertTrue(r.err().contains("port " + taken.getLocalPort() + " is in use"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  @Test
  void theProgressBarShowsRateTimesAndPhase() {
    String l = IngestCommand.Progress.line(1200, 2398, 114_000_000_000L, null);
    assertTrue(l.startsWith("[###############               ] 1200/2398  10.5 docs/s  elapsed 1:54  ETA 1:54"), l);
    String end = IngestCommand.Progress.line(2398, 2398, 230_000_000_000L, "resolving people…");
    assertTrue(end.contains("2398/2398") && end.contains("elapsed 3:50  resolving people…"), end);
  }

  @Test
  void removeCompactsOnTheRuleOfIngest() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    System.setProperty("newsgraph.compactMinBytes", "0");
    Cli.Run r;
    try {
      // the rule's memory of the last compaction: a store that has since more than doubled is compacted
      Files.writeString(store.resolve("newsgraph-compacted-bytes"), "1");
      r = Cli.run(store, "remove", "cbs-putin-rice-missile");
    } finally {
      System.clearProperty("newsgraph.compactMinBytes");
    }
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("compacted: yes"), r.out());
    assertTrue(Long.parseLong(Files.readString(store.resolve("newsgraph-compacted-bytes")).trim()) > 1);
  }

  @Test
  void aBadOptionIsOneLineThatNamesTheChoices() {
    Cli.Run r = Cli.run("ask", "--format", "xml", "Who met whom?");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("expected one of [table, tsv, json]") && r.err().contains("newsgraph ask --help"),
        r.err());
    assertEquals(ExitCodes.USAGE, Cli.run("query", "--format", "xml", "ASK {}").code());
    assertEquals(ExitCodes.USAGE, Cli.run("eval", "--format", "tsv", "--gold", "x", "y").code());
    Cli.Run e = Cli.run("export", "--format", "rdfxml");
    assertEquals(ExitCodes.USAGE, e.code(), e.err());
    assertEquals(1, e.err().strip().lines().count(), e.err());
    assertTrue(e.err().contains("unknown format 'rdfxml' (turtle or ttl, trig, nquads or nq"), e.err());
  }

  /** The export formats' short names are aliases of the long ones. */
  @Test
  void exportFormatsHaveTheirShortNames() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().resolve("nysun-putin-framework.txt").toString()).code());
    assertEquals(Cli.run(store, "export", "--format", "turtle").out(), Cli.run(store, "export", "--format", "TTL")
        .out());
    assertEquals(Cli.run(store, "export", "--format", "nquads").out(), Cli.run(store, "export", "--format", "nq")
        .out());
  }
}
