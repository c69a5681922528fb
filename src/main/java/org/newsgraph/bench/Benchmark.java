package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsgraph.NewsPipeline;
import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Sentence;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.Source;
import org.newsgraph.parse.ParseStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Tdb2Store;

/**
 * Measures ingest throughput, heap and store size on a corpus, against the bare OpenNLP pass (sentences,
 * tokens, POS, names; no extraction, no store) measured in the same run.
 *
 * <pre>
 * Benchmark.Pass bare = Benchmark.bare(sources, 2);
 * Benchmark.Pass full = Benchmark.ingest(sources, 2);
 * </pre>
 */
public final class Benchmark {
  private Benchmark() {
  }

  /** One measured pass. */
  public record Pass(String name, int threads, int documents, long tokens, long quads, double seconds,
      long peakHeapBytes, long diskBytes, Map<String, Long> stageMillis, long rawDiskBytes,
      double compactSeconds, ParseStage.Counts parses) {
    /** Documents per second. */
    public double docsPerSecond() {
      return documents / seconds;
    }

    /** Tokens per second. */
    public double tokensPerSecond() {
      return tokens / seconds;
    }

    /** Quads per second. */
    public double quadsPerSecond() {
      return quads / seconds;
    }
  }

  /** The Java runtime, its collectors, maximum heap and cores: what the figures of a run depend on. */
  public static String jvm() {
    List<String> gcs = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.add(gc.getName());
    }
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%s %s; collectors %s; max heap %d MB; %d cores",
        System.getProperty("java.vm.name"), Runtime.version(), String.join(" + ", gcs), rt.maxMemory() >> 20,
        rt.availableProcessors());
  }

  /** The faster of two passes, the first on a tie; for {@code Map.merge}. */
  public static Pass faster(Pass a, Pass b) {
    return b.seconds() < a.seconds() ? b : a;
  }

  /** The bare OpenNLP pass over the sources with {@code threads} workers. */
  public static Pass bare(List<Source> sources, int threads) throws Exception {
    Pipeline p = NewsPipeline.create().bare(true).build();
    resetPeaks();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long tokens = 0;
    try {
      List<Future<Long>> fs = new ArrayList<>();
      for (Source s : sources) {
        fs.add(pool.submit(() -> {
          Document d = new Document(s.id(), s.documentText(), null, null, null);
          p.annotate(d);
          long n = 0;
          for (Sentence sn : d.get(Annotations.SENTENCES)) {
            n += sn.size();
          }
          return n;
        }));
      }
      for (Future<Long> f : fs) {
        tokens += f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Pass("bare OpenNLP", threads, sources.size(), tokens, 0, secs, peakHeap(), 0, p.timings(), 0, 0, null);
  }

  /** A full ingest into a fresh temporary store with {@code threads} workers. */
  public static Pass ingest(List<Source> sources, int threads) throws IOException {
    Pipeline p = NewsPipeline.create().build();
    Path dir = Files.createTempDirectory("newsgraph-bench-");
    try {
      resetPeaks();
      long t0 = System.nanoTime();
      Ingester.Summary s;
      long quads;
      double secs;
      long raw;
      double compact;
      try (Tdb2Store st = Tdb2Store.open(dir, false)) {
        // the job of ingest itself, with compaction timed apart below
        s = IngestJob.of(p).threads(threads).compact(false).run(st, sources).summary();
        secs = (System.nanoTime() - t0) / 1e9;
        quads = st.read(g -> g.stream().count());
        raw = Tdb2Store.diskUsage(dir);
        long c0 = System.nanoTime();
        st.compact();
        compact = (System.nanoTime() - c0) / 1e9;
      }
      return new Pass("full ingest", threads, s.documents, s.tokens, quads, secs, peakHeap(), Tdb2Store.diskUsage(dir),
          p.timings(), raw, compact, p.stages().stream().filter(x -> x instanceof ParseStage)
          .map(x -> ((ParseStage) x).counts()).findFirst().orElse(null));
    } finally {
      Tdb2Store.deleteTree(dir);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      if (m.getType() == MemoryType.HEAP) {
        m.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      if (m.getType() == MemoryType.HEAP && m.getPeakUsage() != null) {
        sum += m.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
