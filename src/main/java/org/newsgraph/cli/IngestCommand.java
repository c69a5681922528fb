package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.NewsPipeline;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.ingest.RemoteIngest;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph ingest PATH…}: reads articles, extracts people, roles, countries, issues, meetings,
 * contacts and quotes, and stores one named graph per article.
 *
 * <pre>
 * newsgraph ingest seeds/
 * newsgraph ingest --threads 2 --store /data/ng articles.jsonl
 * cat a.txt | newsgraph ingest -
 * </pre>
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest .txt, .jsonl and .json files (id, title, date, url, text; .gz of each), directories, or "
        + "- for stdin.")
public final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--lenient", description = "Replace invalid UTF-8 instead of rejecting the file.")
  boolean lenient;

  @Option(names = "--ner-model", paramLabel = "FILE", description = "Use this name-finder model.")
  Path nerModel;

  @Option(names = "--batch", defaultValue = "500", paramLabel = "N",
      description = "Documents per write transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--ner-model-sha512", paramLabel = "HEX",
      description = "Refuse --ner-model unless it has this SHA-512.")
  String nerSha512;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Send the articles to a running 'newsgraph serve' at URL instead of opening the store.")
  URI endpoint;

  @Option(names = "--no-compact", description = "Never compact automatically after ingest.")
  boolean noCompact;

  @Option(names = "--include", paramLabel = "GLOB", description = "Read the files of directories whose names match "
      + "GLOB (repeatable; default: *.txt *.jsonl *.json and their .gz). Files named on the command line are always "
      + "read.")
  List<String> includes;

  @Option(names = "--id", paramLabel = "ID", description = "The document ID of text read from standard input (-); "
      + "JSON Lines on standard input carry their own IDs.")
  String stdinId;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Pipeline pipeline = endpoint != null ? null : NewsPipeline.create().nerModel(nerModel, nerSha512).build();
    IngestJob job = IngestJob.of(pipeline).threads(threads).batch(batch).lenient(lenient).stdinId(stdinId)
        .includes(includes).compact(!noCompact);
    IngestJob.Input input;
    try {
      input = job.read(paths, System.in);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage());
    }
    if (!input.excluded().isEmpty()) {
      List<String> names = input.excluded().stream().limit(5).map(p -> p.getFileName().toString()).toList();
      err.println("newsgraph: skipped " + input.excluded().size() + " file(s) that match no include pattern ("
          + String.join(" ", includes == null ? InputReader.DEFAULT_INCLUDES : includes) + "; add --include GLOB): "
          + String.join(", ", names) + (input.excluded().size() > 5 ? ", …" : ""));
    }
    InputReader.Result in = input.result();
    for (String r : in.rejected()) {
      err.println("newsgraph: rejected " + r);
    }
    for (String n : in.notes()) {
      err.println("newsgraph: warning: " + n);
    }
    if (endpoint != null) {
      return remote(in, out, err, t0);
    }
    Ingester.Summary s;
    long quads;
    boolean compacted = false;
    try (Tdb2Store st = store.open()) {
      Progress progress = new Progress(err, in.sources().size());
      boolean verbose = spec.commandLine().getParseResult().hasMatchedOption("--verbose")
          || spec.root().commandLine().getParseResult().hasMatchedOption("--verbose");
      IngestJob.Outcome done = job.log(m -> {
        if (verbose || m.startsWith("warning")) {
          err.println("newsgraph: " + m);
          err.flush();
        }
      }).progress(progress::update).phase(progress::phase).run(st, in.sources());
      s = done.summary();
      compacted = done.compacted();
      quads = st.read(g -> g.stream().count());
      progress.done();
    }
    head(in, s.failed, s.documents, s.unchanged, out, err);
    out.println("sentences: " + s.sentences);
    out.println("tokens: " + s.tokens);
    out.println("mentions: " + s.mentions);
    out.println("facts: " + s.facts);
    out.println("quads: " + quads);
    out.println("people: " + s.people);
    if (compacted) {
      out.println("compacted: yes");
    }
    seconds(t0, out);
    boolean anyRejected = !in.rejected().isEmpty() || !s.failed.isEmpty();
    if (anyRejected && s.documents + s.unchanged == 0 && in.skipped().isEmpty()) {
      return ExitCodes.DATA;
    }
    return anyRejected ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  private int remote(InputReader.Result in, PrintWriter out, PrintWriter err, long t0) {
    RemoteIngest.Summary s = new RemoteIngest(endpoint).send(in.sources());
    head(in, s.failed, s.documents, s.unchanged, out, err);
    out.println("facts: " + s.facts);
    out.println("people: " + s.people);
    seconds(t0, out);
    return !in.rejected().isEmpty() || !s.failed.isEmpty() ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  /** Reports failures, then the summary lines that local and remote ingest share. */
  private static void head(InputReader.Result in, List<String> failed, int documents, int unchanged,
      PrintWriter out, PrintWriter err) {
    for (String f : failed) {
      err.println("newsgraph: failed " + f);
    }
    out.println("documents: " + documents);
    out.println("unchanged: " + unchanged);
    out.println("skipped: " + in.skipped().size() + (in.skipped().isEmpty() ? "" : " (empty)"));
    out.println("rejected: " + (in.rejected().size() + failed.size()));
  }

  private static void seconds(long t0, PrintWriter out) {
    out.println("seconds: " + String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
  }

  /** A progress bar on stderr, shown only on a terminal and for more than a handful of documents. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean show;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err, int total) {
      this(err, total, System.console() != null && total > 5);
    }

    Progress(PrintWriter err, int total, boolean show) {
      this.err = err;
      this.total = total;
      this.show = show;
    }

    void update(int done) {
      if (!show) {
        return;
      }
      long now = System.nanoTime();
      if (done < total && now - last < 200_000_000L) {
        return;
      }
      last = now;
      err.print("\r" + line(done, total, now - start, done >= total ? "resolving people…" : null));
      err.flush();
    }

    /** After the last document: what the command does now ("compacting…"). */
    void phase(String what) {
      if (show) {
        err.print("\r" + line(total, total, System.nanoTime() - start, what));
        err.flush();
      }
    }

    /**
     * The bar: documents done of all, the rate, the time taken and the time left, or the phase after the last
     * document. {@code [#######       ] 1200/2398  10.5 docs/s  elapsed 1:54  ETA 1:53}
     */
    static String line(int done, int total, long elapsedNanos, String phase) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) Math.min(done, total) * width / total);
      double secs = elapsedNanos / 1e9;
      double rate = secs > 0 ? done / secs : 0;
      StringBuilder b = new StringBuilder("[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/"
          + total + String.format(Locale.ROOT, "  %.1f docs/s  elapsed %s", rate, clock(secs)));
      if (phase != null) {
        b.append("  ").append(phase);
      } else if (rate > 0 && done < total) {
        b.append("  ETA ").append(clock((total - done) / rate));
      }
      return b + "   ";
    }

    private static String clock(double secs) {
      long s = Math.round(secs);
      return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
          : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    void done() {
      if (show) {
        err.println();
      }
    }
  }

}
