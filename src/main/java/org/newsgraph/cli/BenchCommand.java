package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.NewsPipeline;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.QueryBenchmark;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.Source;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph bench DIR}: ingests a corpus into fresh temporary stores and prints throughput, peak
 * heap and store size, next to the bare OpenNLP pass of the same run.
 *
 * <pre>
 * newsgraph bench --threads 1,2 ../shared/corpus/voa
 * newsgraph bench --docs 200 ../shared/corpus/voa
 * newsgraph bench --threads 1,2 --repeat 3 ../shared/corpus/voa
 * newsgraph bench --queries --store voa-store ../shared/corpus/voa
 * </pre>
 *
 * With {@code --repeat N} each pass runs N times, the thread counts taking turns, and a summary gives the
 * fastest run of each pass: other load on a shared machine only ever slows a run down.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark ingest on a corpus (fresh temporary store) against the bare OpenNLP pass.")
public final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--docs", paramLabel = "N", description = "Use only the first N documents (default: all).")
  int docs;

  @Option(names = "--threads", split = ",", paramLabel = "N[,N…]",
      description = "Thread counts to measure (default: number of cores).")
  List<Integer> threads = new ArrayList<>(List.of(Runtime.getRuntime().availableProcessors()));

  @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
      description = "Run each pass N times, in turns, and sum up the fastest run of each (default: 1).")
  int repeat;

  @Option(names = "--queries", description = "Time every ask form and five SPARQL queries on a store (--store, or "
      + "one built from DIR): p50, p95 and p99 of --runs runs each.")
  boolean queries;

  @Option(names = "--store", paramLabel = "DIR", description = "With --queries: the store to time (built from the "
      + "corpus when it does not exist).")
  Path store;

  @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "With --queries: runs per form "
      + "(default: 200).")
  int runs;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder (.txt or .jsonl files).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (queries) {
      return queries(out);
    }
    if (dir == null) {
      throw new CliException(ExitCodes.USAGE, "give the corpus folder DIR");
    }
    if (repeat < 1 || repeat > 100) {
      throw new CliException(ExitCodes.USAGE, "--repeat takes 1 to 100, not " + repeat);
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1 || t > 256)) {
      throw new CliException(ExitCodes.USAGE, "--threads takes counts from 1 to 256, not " + threads);
    }
    InputReader.Result in = IngestJob.of(null).lenient(true).read(List.of(dir.toString()), System.in).result();
    List<Source> sources = in.sources();
    if (docs > 0 && docs < sources.size()) {
      sources = sources.subList(0, docs);
    }
    if (sources.isEmpty()) {
      throw new CliException(ExitCodes.DATA, "no documents in " + dir);
    }
    out.println("corpus: " + dir + " (" + sources.size() + " documents)");
    out.println("jvm: " + Benchmark.jvm());
    out.flush();
    int last = threads.get(threads.size() - 1);
    int warm = Math.min(sources.size(), 300);
    Benchmark.bare(sources.subList(0, warm), last);
    Benchmark.ingest(sources.subList(0, warm), last);
    Map<Integer, Benchmark.Pass> bestBare = new LinkedHashMap<>();
    Map<Integer, Benchmark.Pass> bestFull = new LinkedHashMap<>();
    for (int r = 1; r <= repeat; r++) {
      if (repeat > 1) {
        out.println("run " + r + " of " + repeat + ":");
      }
      for (int t : threads) {
        Benchmark.Pass bare = Benchmark.bare(sources, t);
        print(out, bare);
        Benchmark.Pass full = Benchmark.ingest(sources, t);
        print(out, full);
        out.println(String.format(Locale.ROOT, "ratio full/bare (%d threads): %.2f", t,
            full.tokensPerSecond() / bare.tokensPerSecond()));
        out.flush();
        bestBare.merge(t, bare, Benchmark::faster);
        bestFull.merge(t, full, Benchmark::faster);
      }
    }
    if (repeat > 1) {
      out.println("fastest of " + repeat + " runs:");
      for (int t : threads) {
        Benchmark.Pass b = bestBare.get(t);
        Benchmark.Pass f = bestFull.get(t);
        out.println(String.format(Locale.ROOT, "  %d thread(s): bare %.1f docs/s, full %.1f docs/s (%.0f quads/s); "
            + "ratio full/bare %.2f", t, b.docsPerSecond(), f.docsPerSecond(), f.quadsPerSecond(),
            f.tokensPerSecond() / b.tokensPerSecond()));
      }
    }
    if (threads.size() > 1) {
      int first = threads.get(0);
      out.println(String.format(Locale.ROOT, "speedup %d threads / %d thread(s): %.2f (bare pass: %.2f)", last, first,
          bestFull.get(last).docsPerSecond() / bestFull.get(first).docsPerSecond(),
          bestBare.get(last).docsPerSecond() / bestBare.get(first).docsPerSecond()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Integer queries(PrintWriter out) throws Exception {
    if (runs < 1 || runs > 100_000) {
      throw new CliException(ExitCodes.USAGE, "--runs takes 1 to 100000, not " + runs);
    }
    Path at = store;
    Path temp = null;
    if (at == null || !Files.exists(at)) {
      if (dir == null) {
        throw new CliException(ExitCodes.USAGE, "give an existing --store, or the corpus DIR to build one from");
      }
      temp = at == null ? Files.createTempDirectory("newsgraph-bench-") : null;
      at = at == null ? temp.resolve("store") : at;
      IngestJob job = IngestJob.of(NewsPipeline.create().build()).lenient(true);
      InputReader.Result in = job.read(List.of(dir.toString()), System.in).result();
      long t0 = System.nanoTime();
      try (Tdb2Store st = Tdb2Store.open(at, false)) {
        job.run(st, in.sources());
      }
      out.println(String.format(Locale.ROOT, "store: %s built from %d documents in %.1f s", at, in.sources().size(),
          (System.nanoTime() - t0) / 1e9));
    }
    try (Tdb2Store st = Tdb2Store.open(at, false)) {
      long quads = st.read(dsg -> dsg.stream().count());
      out.println("store: " + at + " (" + quads + " quads)");
      out.println("jvm: " + Benchmark.jvm());
      out.flush();
      st.read(dsg -> QueryBenchmark.run(dsg, Math.min(runs, 5), 7L, 60_000));
      List<QueryBenchmark.Row> rows = st.read(dsg -> QueryBenchmark.run(dsg,
          runs, 1L, 60_000));
      for (QueryBenchmark.Row r : rows) {
        out.println(r.line());
      }
    } finally {
      if (temp != null) {
        Tdb2Store.deleteTree(temp);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, Benchmark.Pass p) {
    out.println(String.format(Locale.ROOT, "%s, %d thread(s): %d docs in %.1f s; %.1f docs/s, %.0f tokens/s",
        p.name(), p.threads(), p.documents(), p.seconds(), p.docsPerSecond(), p.tokensPerSecond()));
    if (p.quads() > 0) {
      out.println(String.format(Locale.ROOT, "  quads: %d (%.0f quads/s); store on disk: %.1f MB after ingest, "
          + "%.1f MB after compaction (%.1f s) = %.0f MB per million quads", p.quads(), p.quadsPerSecond(),
          p.rawDiskBytes() / 1e6, p.diskBytes() / 1e6, p.compactSeconds(), p.diskBytes() / 1e6 / (p.quads() / 1e6)));
    }
    out.println(String.format(Locale.ROOT, "  peak heap: %.0f MB", p.peakHeapBytes() / 1e6));
    out.println("  CPU ms per stage, all threads: " + p.stageMillis());
    Long names = p.stageMillis().get("names");
    if (names != null && names > 0) {
      // the name finder alone, on one core: what its features cost, apart from the rest of the pipeline
      out.println(String.format(Locale.ROOT, "  name finder: %.0f tokens/s per core", p.tokens() / (names / 1e3)));
    }
    if (p.parses() != null) {
      out.println(String.format(Locale.ROOT, "  parsed: %d of %d sentences (%.1f %%), %d failed; %.0f µs per parsed "
          + "sentence", p.parses().parsed(), p.parses().sentences(), 100 * p.parses().share(), p.parses().failed(),
          p.parses().microsPerParse()));
    }
  }
}
