package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.bench.Benchmark;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.Source;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.TextGuard;

/**
 * {@code newsgraph bench DIR}: ingests a corpus into fresh temporary stores and prints throughput, peak
 * heap and store size, next to the bare OpenNLP pass of the same run.
 *
 * <pre>
 * newsgraph bench --threads 1,2 ../shared/corpus/voa
 * newsgraph bench --docs 200 ../shared/corpus/voa
 * </pre>
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

  @Parameters(index = "0", paramLabel = "DIR", description = "Corpus folder (.txt or .jsonl files).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    InputReader.Result in = new InputReader(new TextGuard(Limits.DEFAULT), true)
        .read(InputReader.expand(List.of(dir.toString())), System.in);
    List<Source> sources = in.sources();
    if (docs > 0 && docs < sources.size()) {
      sources = sources.subList(0, docs);
    }
    if (sources.isEmpty()) {
      throw new CliException(ExitCodes.DATA, "no documents in " + dir);
    }
    out.println("corpus: " + dir + " (" + sources.size() + " documents)");
    out.flush();
    int warm = Math.min(sources.size(), 300);
    Benchmark.bare(sources.subList(0, warm), threads.get(threads.size() - 1));
    Benchmark.ingest(sources.subList(0, warm), threads.get(threads.size() - 1));
    List<Benchmark.Pass> full = new ArrayList<>();
    for (int t : threads) {
      Benchmark.Pass bare = Benchmark.bare(sources, t);
      print(out, bare);
      Benchmark.Pass p = Benchmark.ingest(sources, t);
      print(out, p);
      full.add(p);
      out.println(String.format(Locale.ROOT, "ratio full/bare (%d threads): %.2f", t,
          p.tokensPerSecond() / bare.tokensPerSecond()));
      out.flush();
    }
    if (full.size() > 1) {
      out.println(String.format(Locale.ROOT, "speedup %d threads / %d thread(s): %.2f",
          full.get(full.size() - 1).threads(), full.get(0).threads(),
          full.get(full.size() - 1).docsPerSecond() / full.get(0).docsPerSecond()));
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
  }
}
