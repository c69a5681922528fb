package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.NewsPipeline;
import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.Source;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.TextGuard;
import org.newsgraph.query.AskService;
import org.newsgraph.query.SafeQuery;
import org.newsgraph.store.Tdb2Store;

/** Reliability tests 13–17, 19, 20 and 24: the store, concurrency, hostile queries and bad models. */
class StoreReliabilityIT {
  @TempDir
  Path dir;

  static final String INVARIANT = "ASK { GRAPH ?g { ?e a ?k . FILTER(?k IN (ng:Meeting, ng:Contact)) "
      + "FILTER NOT EXISTS { ?e ng:sideA ?a ; ng:sideB ?b ; ng:document ?d . ?d ng:textHash ?h } } }";


  @Test
  void t13ALeftoverCompactionDirectoryIsDetectedAndRepaired() throws Exception {
    Path s = dir.resolve("s");
    assertEquals(0, Cli.run(s, "ingest", Cli.seeds().toString()).code());
    Files.createDirectories(s.resolve("Data-0002-tmp"));
    for (String cmd : new String[] {"stats", "compact", "ask"}) {
      Cli.Run r = cmd.equals("ask") ? Cli.run(s, "ask", "Who met whom?") : Cli.run(s, cmd);
      assertEquals(ExitCodes.IO, r.code(), cmd);
      assertTrue(r.err().contains("Data-0002-tmp left by an interrupted compaction; run again with --repair"),
          r.err());
      assertFalse(r.err().contains("Invalid filename"), r.err());
    }
    Cli.Run repaired = Cli.run(s, "stats", "--repair");
    assertEquals(0, repaired.code(), repaired.err());
    assertEquals(2, Cli.value(repaired.out(), "documents"));
    assertFalse(Files.exists(s.resolve("Data-0002-tmp")));
  }

  @Test
  void t14AStorePathThatIsAFileIsAClearError() throws Exception {
    Path file = dir.resolve("not-a-dir");
    Files.writeString(file, "x");
    Cli.Run r = Cli.run(file, "ingest", Cli.seeds().toString());
    assertEquals(ExitCodes.IO, r.code());
    assertEquals("newsgraph: store path is not a directory: " + file, r.err().trim());
    Cli.Run under = Cli.run(file.resolve("sub"), "ingest", Cli.seeds().toString());
    assertEquals(ExitCodes.IO, under.code());
    assertTrue(under.err().startsWith("newsgraph: cannot create store directory"), under.err());
    assertFalse(under.err().contains("\tat "), under.err());
  }

  @Test
  void t15QueriesDuringIngestNeverSeeAPartialDocument() throws Exception {
    List<Path> files = Corpus.write(dir.resolve("in"), 60, 7);
    List<Source> sources = new InputReader(new TextGuard(Limits.DEFAULT), false)
        .read(files, System.in).sources();
    try (Tdb2Store st = Tdb2Store.open(dir.resolve("s"), false)) {
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicInteger checks = new AtomicInteger();
      List<Thread> readers = new ArrayList<>();
      var invariant = SafeQuery.parse(AskService.prefixes() + INVARIANT, 0);
      Set<Long> boundaries = new HashSet<>(List.of(0L));
      for (List<Source> b : Ingester.batches(sources, 5)) {
        boundaries.add(b.size() + boundaries.stream().mapToLong(x -> x).max().getAsLong());
      }
      var docs = SafeQuery.parse(AskService.prefixes()
          + "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d ng:textHash ?h } }", 0);
      for (int i = 0; i < 4; i++) {
        Thread t = new Thread(() -> {
          try {
            while (!done.get()) {
              st.read(dsg -> {
                try (QueryExecution qe = SafeQuery.exec(dsg, invariant, Map.of(), 30_000)) {
                  assertFalse(qe.execAsk(), "an interaction without sides or document is visible");
                }
                try (QueryExecution qe = SafeQuery.exec(dsg, docs, Map.of(), 30_000)) {
                  long n = qe.execSelect().next().getLiteral("n").getLong();
                  assertTrue(boundaries.contains(n), "a batch is visible in part: " + n);
                }
                return null;
              });
              checks.incrementAndGet();
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        });
        t.start();
        readers.add(t);
      }
      new Ingester(NewsPipeline.create().build(), st, 2).batch(5).ingest(sources, n -> { });
      done.set(true);
      for (Thread t : readers) {
        t.join(60_000);
        assertFalse(t.isAlive(), "a reader is stuck");
      }
      if (failure.get() != null) {
        throw new AssertionError(failure.get());
      }
      assertTrue(checks.get() > 4, "readers ran " + checks.get() + " times");
    }
  }

  @Test
  void t16EightThreadsGiveTheSameGraphAsOneEveryTime() throws Exception {
    Corpus.write(dir.resolve("in"), 24, 16);
    Path one = dir.resolve("one");
    assertEquals(0, Cli.run(one, "ingest", "--threads", "1", dir.resolve("in").toString()).code());
    DatasetGraph golden = Cli.trig(one);
    for (int run = 0; run < 5; run++) {
      Path many = dir.resolve("many" + run);
      assertEquals(0, Cli.run(many, "ingest", "--threads", "8", dir.resolve("in").toString()).code());
      assertTrue(IsoMatcher.isomorphic(golden, Cli.trig(many)), "run " + run);
    }
  }

  @Test
  void t17NamesDoNotDependOnDocumentOrder() throws Exception {
    List<Path> files = new ArrayList<>(Corpus.write(dir.resolve("in"), 12, 17));
    files.add(Cli.seeds().resolve("cbs-putin-rice-missile.txt"));
    files.add(Cli.seeds().resolve("nysun-putin-framework.txt"));
    DatasetGraph first = null;
    Random r = new Random(17);
    for (int k = 0; k < 3; k++) {
      Collections.shuffle(files, r);
      List<String> args = new ArrayList<>(List.of("ingest", "--threads", "1", "--store", dir.resolve("o" + k)
          .toString()));
      files.forEach(f -> args.add(f.toString()));
      assertEquals(0, Cli.run(args.toArray(new String[0])).code());
      DatasetGraph ds = Cli.trig(dir.resolve("o" + k));
      if (first == null) {
        first = ds;
      } else {
        assertTrue(IsoMatcher.isomorphic(first, ds), "order " + k);
      }
    }
  }

  @Test
  void t19HostileQueriesAreRefusedAndNeverConnectOut() throws Exception {
    Path s = dir.resolve("s");
    assertEquals(0, Cli.run(s, "ingest", Cli.seeds().toString()).code());
    try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      trap.setSoTimeout(1500);
      String service = "SELECT * { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } }";
      Cli.Run r = Cli.run(s, "query", service);
      assertEquals(ExitCodes.DATA, r.code());
      assertTrue(r.err().contains("SERVICE is disabled"), r.err());
      Cli.Run nested = Cli.run(s, "query", "ASK { GRAPH ?g { ?s ?p ?o } FILTER EXISTS { SERVICE SILENT "
          + "<http://127.0.0.1:" + trap.getLocalPort() + "/> { ?a ?b ?c } } }");
      assertEquals(ExitCodes.DATA, nested.code(), nested.out());
      boolean hit;
      try (var ignored = trap.accept()) {
        hit = true;
      } catch (SocketTimeoutException e) {
        hit = false;
      }
      assertFalse(hit, "newsgraph connected to a SERVICE endpoint");
    }
    Cli.Run upd = Cli.run(s, "query", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }");
    assertEquals(ExitCodes.DATA, upd.code());
    assertTrue(upd.err().contains("updates are not allowed"), upd.err());
  }

  @Test
  void t20ARunawayQueryIsCancelledAtTheTimeout() throws Exception {
    Path s = dir.resolve("s");
    try (Tdb2Store st = Tdb2Store.open(s, false)) {
      st.write(dsg -> {
        var g = NodeFactory.createURI("urn:g");
        for (int i = 0; i < 100_000; i++) {
          dsg.add(new Quad(g, NodeFactory.createURI("urn:s" + (i % 1000)), NodeFactory.createURI("urn:p" + (i % 7)),
              NodeFactory.createLiteralString("v" + i)));
        }
      });
    }
    long t0 = System.nanoTime();
    Cli.Run r = Cli.run(s, "query", "--timeout", "2",
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?x ?y ?z } }");
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(ExitCodes.ERROR, r.code(), r.out());
    assertEquals("newsgraph: query timed out", r.err().trim());
    assertEquals("", r.out());
    assertTrue(secs < 60, "took " + secs);
    Cli.Run capped = Cli.run(s, "query", "--format", "csv", "SELECT * { GRAPH ?g { ?a ?b ?c . ?d ?e ?f } }");
    assertEquals(0, capped.code(), capped.err());
    assertEquals(10_001, capped.lines().size());
  }

  @Test
  void t24BadModelsFailBeforeTheStoreIsOpened() throws Exception {
    Path truncated = dir.resolve("truncated.bin");
    byte[] model;
    try (var in = getClass().getResourceAsStream("/org/newsgraph/nlp/en-ner-newsgraph.bin")) {
      model = in.readAllBytes();
    }
    Files.write(truncated, Arrays.copyOf(model, model.length / 3));
    Path wrongType = dir.resolve("tokenizer.bin");
    try (var in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      Files.write(wrongType, in.readAllBytes());
    }
    Path good = dir.resolve("good.bin");
    Files.write(good, model);
    String[][] cases = {
        {"--ner-model", truncated.toString()},
        {"--ner-model", wrongType.toString()},
        {"--ner-model", good.toString(), "--ner-model-sha512", "00".repeat(64)}};
    for (String[] c : cases) {
      Path s = dir.resolve("store-" + c[1].hashCode());
      List<String> args = new ArrayList<>(List.of("ingest", "--store", s.toString()));
      args.addAll(List.of(c));
      args.add(Cli.seeds().toString());
      Cli.Run r = Cli.run(args.toArray(new String[0]));
      assertEquals(ExitCodes.CONFIG, r.code(), r.err());
      assertTrue(r.err().startsWith("newsgraph: ") && r.err().contains("model"), r.err());
      assertEquals(1, r.err().trim().lines().count(), r.err());
      assertFalse(Files.exists(s), "the store was opened");
    }
  }
}
