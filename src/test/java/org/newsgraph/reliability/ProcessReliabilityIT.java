package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Tdb2Store;

/** Reliability tests 4, 9–12 and 23: child JVMs that die, compete, run out of disk or differ in locale. */
class ProcessReliabilityIT {
  @TempDir
  Path dir;

  static boolean invariantHolds(Path store) {
    Cli.Run r = Cli.run(store, "query", "--format", "csv", StoreReliabilityIT.INVARIANT);
    assertEquals(0, r.code(), r.err());
    return r.out().contains("false");
  }

  static Process start(List<String> jvm, String... args) throws Exception {
    return ChildJvm.builder(jvm, Map.of(), args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Reads the child's stderr until a line contains {@code marker}; fails after 120 s. */
  static void await(Process p, String marker) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String line;
    while ((line = r.readLine()) != null) {
      if (line.contains(marker)) {
        Thread t = new Thread(() -> drain(r));
        t.setDaemon(true);
        t.start();
        return;
      }
      if (System.nanoTime() > until) {
        break;
      }
    }
    throw new AssertionError("child never printed '" + marker + "'");
  }

  private static void drain(BufferedReader r) {
    try {
      while (r.readLine() != null) {
        continue;
      }
    } catch (IOException e) {
      return;
    }
  }

  @Test
  void t04LocaleAndDefaultCharsetDoNotChangeTheGraph() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("story.txt"), "İstanbul — President İlham Aliyev met Prime Minister "
        + "Iñigo Ortúzar in İzmir on Friday. \"Işık means light,\" Aliyev said.\n", StandardCharsets.UTF_8);
    String[][] envs = {{"en_US.UTF-8", "en"}, {"C", "tr"}};
    List<String> nquads = new ArrayList<>();
    for (String[] e : envs) {
      Path store = dir.resolve("s-" + e[1]);
      Path out = dir.resolve("out-" + e[1] + ".nq");
      ProcessBuilder pb = ChildJvm.builder(List.of("-Duser.language=" + e[1], "-Duser.country=" + e[1].toUpperCase(
          Locale.ROOT)), Map.of("LC_ALL", e[0], "LANG", e[0]), "ingest", "--store", store.toString(),
          in.toString());
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      assertEquals(0, pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
      ChildJvm.Result x = ChildJvm.run(List.of("-Duser.language=" + e[1]), Map.of("LC_ALL", e[0]), "export",
          "--store", store.toString(), "--format", "nquads", "--output", out.toString());
      assertEquals(0, x.code(), x.err());
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      nquads.add(String.join("\n", lines.stream().sorted().toList()));
    }
    assertEquals(nquads.get(0), nquads.get(1));
    assertTrue(nquads.get(0).contains("person/ilham-aliyev"), "IRI slugs are locale-independent");
  }

  @Test
  void t09AFiftyMegabyteDocumentIsRejectedWithoutRunningOutOfMemory() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.txt"), InputReliabilityIT.STORY);
    try (var w = Files.newBufferedWriter(in.resolve("huge.txt"))) {
      String chunk = "word ".repeat(1000);
      for (int i = 0; i < 10_500; i++) {
        w.write(chunk);
      }
    }
    ChildJvm.Result r = ChildJvm.run(List.of("-Xmx512m"), Map.of(), "ingest", "--store", dir.resolve("s").toString(),
        in.toString());
    assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
    assertTrue(r.err().contains("huge.txt: document is 52500000 bytes, over the limit"), r.err());
    assertFalse(r.err().contains("OutOfMemory"), r.err());
    assertEquals(1, Cli.value(r.out(), "documents"));
  }

  @Test
  void t10KillNineLosesOnlyTheUncommittedBatch() throws Exception {
    Path in = dir.resolve("in");
    Corpus.write(in, 80, 10);
    Path store = dir.resolve("s");
    Process p = start(List.of(), "ingest", "-v", "--threads", "1", "--batch", "5", "--store", store.toString(),
        in.toString());
    await(p, "committed 10 documents");
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    Cli.Run stats = Cli.run(store, "stats");
    assertEquals(0, stats.code(), stats.err());
    long docs = Cli.value(stats.out(), "documents");
    assertTrue(docs >= 10 && docs % 5 == 0 && docs < 80, "documents after kill: " + docs);
    assertTrue(invariantHolds(store));
    Cli.Run again = Cli.run(store, "ingest", in.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(docs, Cli.value(again.out(), "unchanged"));
    Path fresh = dir.resolve("fresh");
    assertEquals(0, Cli.run(fresh, "ingest", in.toString()).code());
    assertTrue(IsoMatcher.isomorphic(Cli.trig(fresh), Cli.trig(store)), "re-ingest after kill -9 differs");
  }

  @Test
  void t11ASecondProcessFailsFastNamingTheHolder() throws Exception {
    Path in = dir.resolve("in");
    Corpus.write(in, 150, 11);
    Path store = dir.resolve("s");
    Process p = start(List.of(), "ingest", "-v", "--threads", "1", "--batch", "5", "--store", store.toString(),
        in.toString());
    try {
      await(p, "committed 5 documents");
      long t0 = System.nanoTime();
      Cli.Run r = Cli.run(store, "stats");
      double secs = (System.nanoTime() - t0) / 1e9;
      assertEquals(ExitCodes.LOCKED, r.code(), r.err());
      assertTrue(r.err().contains("is in use by process " + p.pid()), r.err());
      assertTrue(secs < 2, "took " + secs + " s");
      ChildJvm.Result second = ChildJvm.run(List.of(), Map.of(), "ingest", "--store", store.toString(),
          Cli.seeds().toString());
      assertEquals(ExitCodes.LOCKED, second.code(), second.err());
    } finally {
      p.destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
    assertTrue(invariantHolds(store));
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  static void sh(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), command + ": " + out);
  }

  static boolean canMount(Path mnt) {
    try {
      Files.createDirectories(mnt);
      Process p = new ProcessBuilder("sh", "-c", "mount -t tmpfs -o size=1m tmpfs " + mnt + " && umount " + mnt)
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void t12AFullDiskStopsWithExit74AndIngestResumesLater() throws Exception {
    Path mnt = dir.resolve("small");
    Assumptions.assumeTrue(root() && canMount(mnt), "needs root and tmpfs mounts");
    Path in = dir.resolve("in");
    Corpus.write(in, 400, 12);
    sh("mount -t tmpfs -o size=40m tmpfs " + mnt);
    try {
      Path store = mnt.resolve("store");
      ChildJvm.Result r = ChildJvm.run(List.of(), Map.of(), "ingest", "--batch", "20", "--store", store.toString(),
          in.toString());
      assertEquals(ExitCodes.IO, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("newsgraph: storage full"), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      sh("mount -o remount,size=400m " + mnt);
      Cli.Run stats = Cli.run(store, "stats");
      assertEquals(0, stats.code(), stats.err());
      long docs = Cli.value(stats.out(), "documents");
      assertEquals(0, docs % 20, "documents after disk full: " + docs);
      assertTrue(invariantHolds(store));
      Cli.Run again = Cli.run(store, "ingest", in.toString());
      assertEquals(0, again.code(), again.err());
      assertEquals(400, Cli.value(Cli.run(store, "stats").out(), "documents"));
    } finally {
      sh("umount -l " + mnt);
    }
  }

  @Test
  void t14AReadOnlyStoreDirectoryIsAClearError() throws Exception {
    Path ro = dir.resolve("ro");
    Assumptions.assumeTrue(root() && canMount(dir.resolve("probe")), "needs root and mounts");
    Path store = ro.resolve("store");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    sh("mount --bind " + ro + " " + ro + " && mount -o remount,ro,bind " + ro);
    try {
      Cli.Run r = Cli.run(store, "ingest", Cli.seeds().toString());
      assertEquals(ExitCodes.IO, r.code(), r.err());
      assertEquals("newsgraph: store directory is not writable: " + store, r.err().trim());
    } finally {
      sh("umount -l " + ro);
    }
    assertEquals(2, Cli.value(Cli.run(store, "stats").out(), "documents"));
  }

  @Test
  void t23ExportToAClosedPipeAFullDiskAndWithASmallHeap() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("bash", "-c", "'" + java + "' -cp '" + System.getProperty("java.class.path")
        + "' " + Main.class.getName() + " export --store '" + store
        + "' | head -1 >/dev/null; echo \"${PIPESTATUS[0]}\" >&2")
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals("0", err.trim(), err);

    Path mnt = dir.resolve("tiny");
    if (root() && canMount(mnt)) {
      sh("mount -t tmpfs -o size=64k tmpfs " + mnt);
      try {
        Cli.Run full = Cli.run(store, "export", "--output", mnt.resolve("graph.ttl").toString());
        assertEquals(ExitCodes.IO, full.code(), full.err());
        try (Stream<Path> s = Files.list(mnt)) {
          assertEquals(0, s.count(), "a partial export was left behind");
        }
      } finally {
        sh("umount -l " + mnt);
      }
    }

    Path big = dir.resolve("big");
    try (Tdb2Store st = Tdb2Store.open(big, false)) {
      for (int b = 0; b < 10; b++) {
        int base = b * 100_000;
        st.write(dsg -> {
          var g = NodeFactory.createURI("urn:g:" + base);
          for (int i = base; i < base + 100_000; i++) {
            dsg.add(new Quad(g, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p" + (i % 13)),
                NodeFactory.createLiteralString("value " + i)));
          }
        });
      }
    }
    Path out = dir.resolve("big.nq");
    ChildJvm.Result r = ChildJvm.run(List.of("-Xmx256m"), Map.of(), "export", "--store", big.toString(), "--format",
        "nquads", "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    try (Stream<String> lines = Files.lines(out)) {
      assertEquals(1_000_000, lines.count());
    }
  }
}
