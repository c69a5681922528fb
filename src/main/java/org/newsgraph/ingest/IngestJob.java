package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.TextGuard;
import org.newsgraph.resolve.ResolutionCache;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Tdb2Store;

/**
 * One ingest, set up in one place for every command that ingests ({@code ingest}, {@code eval}, {@code serve}'s
 * {@code /api/ingest}, {@code bench}): the listing of the paths and the reader behind the text guard, then the
 * pipeline and the {@link Ingester} (threads, batches, one write transaction each), the store, corpus resolution,
 * and compaction when the store has grown.
 *
 * <pre>
 * IngestJob job = IngestJob.of(NewsPipeline.create().build()).threads(2);
 * IngestJob.Input in = job.read(List.of("seeds/"), System.in);
 * try (Tdb2Store st = Tdb2Store.open(Path.of("newsgraph-store"), false)) {
 *   IngestJob.Outcome done = job.run(st, in.result().sources());
 * }
 * </pre>
 */
public final class IngestJob {
  private final Pipeline pipeline;
  private int threads = Runtime.getRuntime().availableProcessors();
  private int batch = Ingester.BATCH;
  private boolean lenient;
  private String stdinId;
  private List<String> includes = InputReader.DEFAULT_INCLUDES;
  private boolean compact = true;
  private Consumer<String> log = m -> { };
  private ResolutionCache resolution;
  private IntConsumer progress = n -> { };
  private Consumer<String> phase = p -> { };

  /** What the reader made of the paths: the articles, the rejected and skipped inputs, and the files left out. */
  public record Input(InputReader.Result result, List<Path> excluded) {
  }

  /** What the ingest did, and whether the store was compacted after it. */
  public record Outcome(Ingester.Summary summary, boolean compacted) {
  }

  private IngestJob(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A job over this pipeline. */
  public static IngestJob of(Pipeline pipeline) {
    return new IngestJob(pipeline);
  }

  /** At most this many threads busy at once, the store writer included (default: the cores). */
  public IngestJob threads(int n) {
    this.threads = n;
    return this;
  }

  /** Documents per write transaction. */
  public IngestJob batch(int n) {
    this.batch = n;
    return this;
  }

  /** Replace invalid UTF-8 instead of rejecting the document. */
  public IngestJob lenient(boolean b) {
    this.lenient = b;
    return this;
  }

  /** The document ID of text read from standard input. */
  public IngestJob stdinId(String id) {
    this.stdinId = id;
    return this;
  }

  /** The file name patterns that a directory's files must match. */
  public IngestJob includes(List<String> globs) {
    this.includes = globs == null ? InputReader.DEFAULT_INCLUDES : List.copyOf(globs);
    return this;
  }

  /** Whether to compact the store after the ingest when it has grown (default: yes). */
  public IngestJob compact(boolean b) {
    this.compact = b;
    return this;
  }

  /**
   * Resolves people through a cache that the caller keeps between jobs on one store (see {@link ResolutionCache}).
   */
  public IngestJob resolution(ResolutionCache c) {
    this.resolution = c;
    return this;
  }

  /** Where the ingester's messages go. */
  public IngestJob log(Consumer<String> l) {
    this.log = l;
    return this;
  }

  /** Told the number of documents done, as they are. */
  public IngestJob progress(IntConsumer p) {
    this.progress = p;
    return this;
  }

  /** Told when a phase after the documents starts ("compacting if grown…"). */
  public IngestJob phase(Consumer<String> p) {
    this.phase = p;
    return this;
  }

  /**
   * Lists and reads the paths (files, directories, "-" for standard input) through the text guard.
   *
   * @throws IllegalArgumentException for a bad include pattern
   */
  public Input read(List<String> paths, InputStream stdin) throws IOException {
    InputReader.Listing listing = InputReader.list(paths, includes);
    InputReader.Result read = reader().stdinId(stdinId).read(listing.files(), stdin);
    List<String> rejected = new ArrayList<>(listing.problems());
    rejected.addAll(read.rejected());
    return new Input(new InputReader.Result(read.sources(), rejected, read.skipped(), read.notes()),
        listing.excluded());
  }

  /** Reads a request body of JSON Lines through the text guard. */
  public Input readJsonLines(String origin, byte[] body) {
    return new Input(reader().readJsonLines(origin, body), List.of());
  }

  private InputReader reader() {
    return new InputReader(new TextGuard(Limits.DEFAULT), lenient);
  }

  /** Ingests the articles into the store, resolves the people of the whole store, and compacts if it has grown. */
  public Outcome run(NewsStore store, List<Source> sources) throws IOException {
    Ingester.Summary s = new Ingester(pipeline, store, threads).batch(batch).log(log).resolution(resolution)
        .ingest(sources, progress);
    boolean compacted = false;
    if (compact && store instanceof Tdb2Store t) {
      phase.accept("compacting if grown…");
      compacted = t.compactIfGrown();
    }
    return new Outcome(s, compacted);
  }
}
