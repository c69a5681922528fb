package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.NewsPipeline;
import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Pipeline;

/** Reliability tests 1–3 and 5–8: bad, odd and hostile input text. */
class InputReliabilityIT {
  @TempDir
  Path dir;

  static final String STORY = "Foreign Minister Ida Berg met Secretary of State Tom Hale in Oslo on Monday.\n"
      + "\"We made progress,\" Berg said.\n";

  Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }


  @Test
  void t01EmptyAndBlankFilesAreSkipped() throws Exception {
    write("good.txt", STORY.getBytes(StandardCharsets.UTF_8));
    write("empty.txt", new byte[0]);
    write("blank.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8));
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", dir.resolve("in").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("skipped: 2 (empty)"), r.out());
    Path only = dir.resolve("only");
    Files.createDirectories(only);
    Files.writeString(only.resolve("good.txt"), STORY);
    Cli.Run alone = Cli.run(dir.resolve("s2"), "ingest", only.toString());
    assertEquals(Cli.value(alone.out(), "quads"), Cli.value(r.out(), "quads"));
  }

  @Test
  void t02BinaryFilesAreRejectedBeforeNlp() throws Exception {
    Path png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Cli.Run single = Cli.run(dir.resolve("s"), "ingest", png.toString());
    assertEquals(ExitCodes.DATA, single.code());
    assertTrue(single.err().contains(png + ": binary content"), single.err());
    write("good.txt", STORY.getBytes(StandardCharsets.UTF_8));
    Cli.Run batch = Cli.run(dir.resolve("s2"), "ingest", dir.resolve("in").toString());
    assertEquals(ExitCodes.PARTIAL, batch.code());
    assertEquals(1, Cli.value(batch.out(), "documents"));
    assertEquals(1, Cli.value(batch.out(), "rejected"));
    Cli.Run q = Cli.run(dir.resolve("s2"), "query", "--format", "csv",
        "SELECT ?id { GRAPH ?g { ?d schema:identifier ?id } }");
    assertFalse(q.out().contains("image"), q.out());
  }

  @Test
  void t03InvalidUtf8IsReportedWithFileAndOffsetOrReplacedWhenLenient() throws Exception {
    Path f = write("latin1.txt", ("Prime Minister Jos\u00e9 Luis met President Ana Lima.\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Cli.Run strict = Cli.run(dir.resolve("s"), "ingest", f.toString());
    assertEquals(ExitCodes.DATA, strict.code());
    assertTrue(strict.err().contains(f + ": invalid UTF-8 at byte offset 18"), strict.err());
    Cli.Run lenient = Cli.run(dir.resolve("s"), "ingest", "--lenient", f.toString());
    assertEquals(0, lenient.code(), lenient.err());
    assertTrue(lenient.err().contains("1 invalid UTF-8 sequence(s) replaced"), lenient.err());
  }

  @Test
  void t05BomAndCrlfGiveTheSameGraphAndOffsets() throws Exception {
    Path plain = write("story.txt", STORY.getBytes(StandardCharsets.UTF_8));
    Path a = dir.resolve("plain");
    assertEquals(0, Cli.run(a, "ingest", plain.toString()).code());
    Files.write(plain, ("\uFEFF" + STORY.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    Path b = dir.resolve("bom");
    assertEquals(0, Cli.run(b, "ingest", plain.toString()).code());
    assertTrue(IsoMatcher.isomorphic(Cli.trig(a), Cli.trig(b)));
  }

  @Test
  void t06ControlCharactersAndLoneSurrogatesNeverReachALiteral() throws Exception {
    String json = "{\"id\":\"ctl\",\"title\":\"Lima\\u0007 meets\\u0000 Costa\\ud800\",\"text\":\"President Ana "
        + "Lima\\u0007 met Prime Minister Rui Costa\\u0000 in Lisbon. \\\"Good \\ud800talks,\\\" Lima said.\"}\n";
    Path f = write("ctl.jsonl", json.getBytes(StandardCharsets.UTF_8));
    Path s = dir.resolve("s");
    Cli.Run r = Cli.run(s, "ingest", f.toString());
    assertEquals(0, r.code(), r.err());
    Cli.Run ttl = Cli.run(s, "export");
    assertTrue(ttl.out().contains("Good talks"), ttl.out());
    assertFalse(ttl.out().contains("?talks"), "a lone surrogate was written as '?'");
    Cli.Run headline = Cli.run(s, "query", "--format", "tsv", "SELECT ?h { ?d schema:headline ?h }");
    assertTrue(headline.out().contains("\"Lima meets Costa\""), "the title is cleaned: " + headline.out());
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(ttl.out(), Lang.TURTLE).strict(true).parse(g);
    DatasetGraph ds = Cli.trig(s);
    Graph union = GraphFactory.createDefaultGraph();
    ds.find().forEachRemaining(q -> union.add(q.asTriple()));
    assertTrue(g.isIsomorphicWith(union));
  }

  @Test
  void t07AHundredThousandCharacterTokenIsBrokenUp() throws Exception {
    String blob = "QUJD".repeat(25_000);
    Path f = write("blob.txt", (STORY + "data:" + blob + " end.\n").getBytes(StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", f.toString());
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("blob.txt: ") && r.err().contains("over-long token(s) broken up"), r.err());
    assertTrue(secs < 20, "took " + secs + " s; the tokenizer is quadratic on long tokens");
  }

  @Test
  void t08AFiveThousandTokenSentenceIsCutIntoWindows() throws Exception {
    StringBuilder sb = new StringBuilder("President Ana Lima met Prime Minister Rui Costa");
    for (int i = 0; i < 5000; i++) {
      sb.append(" and word").append(i % 50);
    }
    Path f = write("long.txt", (sb + "\n").getBytes(StandardCharsets.UTF_8));
    Cli.Run r = Cli.run(dir.resolve("s"), "ingest", f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning: ") && r.err().contains("cut into windows"), r.err());
    assertEquals(1, Cli.value(r.out(), "documents"));
    Cli.Run met = Cli.run(dir.resolve("s"), "ask", "--format", "tsv", "Who met whom?");
    assertEquals(2, met.lines().size(), met.out());
  }

  @Test
  void t08AStageThatRunsOutOfTimeDegradesTheDocumentInsteadOfFailingIt() {
    Pipeline p = NewsPipeline.create()
        .limits(new Limits(1 << 20, 200, 300, 0)).build();
    Document d = new Document("slow", STORY, null, null, null);
    p.annotate(d);
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("degraded: pos stage ran out")),
        d.warnings().toString());
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("degraded: names stage ran out")),
        d.warnings().toString());
    assertTrue(d.has(Annotations.FACTS));
  }
}
