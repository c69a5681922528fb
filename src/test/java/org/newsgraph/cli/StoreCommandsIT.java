package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove, compact, threads, changed articles, JSON Lines, and the read-only query command. */
class StoreCommandsIT {
  @TempDir
  Path dir;


  @Test
  void removeDeletesTheDocumentAndWhatOnlyItSupported() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Cli.Run r = Cli.run(store, "remove", "cbs-putin-rice-missile");
    assertEquals(0, r.code(), r.err());
    Cli.Run stats = Cli.run(store, "stats");
    assertEquals(1, Cli.value(stats.out(), "documents"));
    Cli.Run morrell = Cli.run(store, "ask", "--format", "tsv", "Who is Morrell?");
    assertEquals(1, morrell.lines().size(), morrell.out());
    assertEquals(5, Cli.value(stats.out(), "people"));
    // the vocabulary keeps only the issues still in use: missile defense and its ancestors, not terrorism
    Cli.Run topics = Cli.run(store, "query", "--format", "tsv",
        "SELECT ?c { GRAPH ngg:vocabulary { ?c skos:notation ?n } } ORDER BY ?c");
    assertEquals(List.of("?c", "<http://cv.iptc.org/newscodes/mediatopic/11000000>",
        "<http://cv.iptc.org/newscodes/mediatopic/20000593>", "<http://cv.iptc.org/newscodes/mediatopic/20000598>",
        "<http://cv.iptc.org/newscodes/mediatopic/20000602>", "<http://cv.iptc.org/newscodes/mediatopic/20000638>",
        "<https://w3id.org/newsgraph/id/issue/missile-defense>"), topics.lines());
    Cli.Run links = Cli.run(store, "query", "--format", "tsv", "SELECT (COUNT(*) AS ?n) { GRAPH ngg:vocabulary { ?a "
        + "skos:narrower ?b FILTER NOT EXISTS { ?b skos:notation ?x } } }");
    assertEquals("0", links.lines().get(1), "no narrower link points out of the vocabulary: " + links.out());
    assertEquals(ExitCodes.DATA, Cli.run(store, "remove", "cbs-putin-rice-missile").code());
  }

  @Test
  void twoThreadsGiveTheSameGraphAsOne() {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, Cli.run(one, "ingest", "--threads", "1", Cli.seeds().toString()).code());
    assertEquals(0, Cli.run(two, "ingest", "--threads", "4", Cli.seeds().toString()).code());
    assertTrue(IsoMatcher.isomorphic(Cli.trig(one), Cli.trig(two)));
  }

  @Test
  void aChangedArticleReplacesItsGraph() throws Exception {
    Path store = dir.resolve("s");
    Path doc = dir.resolve("story.txt");
    Files.writeString(doc, "President Anna Kovacs met Prime Minister Paul Ferreira in Lisbon on Monday.\n");
    assertEquals(0, Cli.run(store, "ingest", doc.toString()).code());
    long before = Cli.value(Cli.run(store, "stats").out(), "quads");
    Files.writeString(doc, "President Anna Kovacs met Prime Minister Paul Ferreira in Lisbon on Monday. "
        + "Kovacs also phoned Chancellor Greta Lindqvist.\n");
    Cli.Run r = Cli.run(store, "ingest", doc.toString());
    assertEquals(1, Cli.value(r.out(), "documents"), r.out());
    Cli.Run stats = Cli.run(store, "stats");
    assertEquals(1, Cli.value(stats.out(), "documents"));
    assertTrue(Cli.value(stats.out(), "quads") > before);
    assertEquals(1, Cli.value(stats.out(), "contacts"));
  }

  @Test
  void jsonLinesKeepIdDateAndTitle() throws Exception {
    Path store = dir.resolve("s");
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"title\":\"Talks in Oslo\",\"date\":\"2024-05-02\","
        + "\"url\":\"https://example.org/a1\","
        + "\"text\":\"Foreign Minister Ida Berg met Secretary of State Tom Hale in Oslo.\"}\n"
        + "{\"id\":\"a2\",\"text\":\"\"}\n", StandardCharsets.UTF_8);
    Cli.Run r = Cli.run(store, "ingest", f.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(1, Cli.value(r.out(), "documents"));
    Cli.Run q = Cli.run(store, "query", "--format", "tsv",
        "SELECT ?date ?t { GRAPH ?g { ?d schema:identifier \"a1\" ; schema:datePublished ?date ; "
            + "schema:headline ?t } }");
    assertTrue(q.out().contains("2024-05-02") && q.out().contains("Talks in Oslo"), q.out());
    Cli.Run roles = Cli.run(store, "query", "--format", "csv",
        "SELECT ?on { GRAPH ?g { ?m a ng:RoleStatement ; ng:observedOn ?on } } LIMIT 1");
    assertTrue(roles.out().contains("2024-05-02"), roles.out());
    assertTrue(Cli.run(store, "export", "--doc", "a1").out().contains("Oslo"));
  }

  @Test
  void queryIsReadOnlyAndRefusesService() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    long quads = Cli.value(Cli.run(store, "stats").out(), "quads");
    for (String bad : new String[] {"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL",
        "LOAD <file:///etc/passwd>", "SELECT * { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }",
        "SELECT * WHERE {"}) {
      Cli.Run r = Cli.run(store, "query", bad);
      assertEquals(ExitCodes.DATA, r.code(), bad + ": " + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals(quads, Cli.value(Cli.run(store, "stats").out(), "quads"));
    Cli.Run limited = Cli.run(store, "query", "--limit", "5", "--format", "csv", "SELECT * { GRAPH ?g { ?s ?p ?o } }");
    assertEquals(6, limited.lines().size());
    Cli.Run ask = Cli.run(store, "query", "--format", "json", "ASK { GRAPH ?g { ?e a ng:Meeting } }");
    assertTrue(ask.out().contains("true"), ask.out());
    Cli.Run first = Cli.run(store, "query", "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    Cli.Run distinct = Cli.run(store, "query", "--format", "csv",
        "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
    assertEquals(distinct.lines().get(1), first.lines().get(1), "the default graph is the union of the named graphs");
    assertTrue(Long.parseLong(first.lines().get(1).trim()) > quads / 2, first.out());
    Cli.Run entities = Cli.run(store, "query", "--format", "csv",
        "SELECT (COUNT(*) AS ?n) { GRAPH ngg:entities { ?p a ng:Person } }");
    assertEquals("6", entities.lines().get(1).trim(), entities.out() + entities.err());
  }

  @Test
  void compactKeepsTheData() {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    DatasetGraph before = Cli.trig(store);
    Cli.Run r = Cli.run(store, "compact");
    assertEquals(0, r.code(), r.err());
    assertTrue(IsoMatcher.isomorphic(before, Cli.trig(store)));
  }

  @Test
  void exportFileIsWrittenAtomically() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    Path out = dir.resolve("out.ttl");
    assertEquals(0, Cli.run(store, "export", "--output", out.toString()).code());
    try (var s = Files.list(dir)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
    assertTrue(Files.readString(out).contains("ng:Meeting"));
  }
}
