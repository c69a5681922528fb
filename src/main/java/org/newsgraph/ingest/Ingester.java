package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.newsgraph.doc.Document;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.DocumentRdf;
import org.newsgraph.rdf.DocumentToRdf;
import org.newsgraph.rdf.VocabularyGraph;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolutionCache;
import org.newsgraph.store.NewsStore;

/**
 * Runs sources through the pipeline on {@code threads} workers and writes them to a store in large
 * batches, in input order, so that the result does not depend on the number of threads. The writer
 * counts as one of the threads: at most {@code threads} of them are busy at any time, so one thread
 * processes and writes in turn, and two threads write one batch while a worker processes the next. The
 * last documents go in quarter batches ({@link #batches}), so that little writing is left once processing
 * ends. An unchanged document (same text hash and extractor version) is not processed again. After the
 * last batch the entities graph is rebuilt.
 *
 * <pre>
 * Ingester.Summary s = new Ingester(pipeline, store, 2).ingest(sources, n -&gt; { });
 * </pre>
 */
public final class Ingester {
  /** Documents per write transaction, by default. */
  public static final int BATCH = 500;

  private final Pipeline pipeline;
  private final NewsStore store;
  private final int threads;
  private final Semaphore busy;
  private int batch = BATCH;
  private Consumer<String> log = m -> { };
  private ResolutionCache cache;
  private final Gazetteers gaz = Gazetteers.shipped();

  /** An ingester over this pipeline and store. */
  public Ingester(Pipeline pipeline, NewsStore store, int threads) {
    this.pipeline = pipeline;
    this.store = store;
    this.threads = Math.max(1, threads);
    this.busy = new Semaphore(this.threads, true);
  }

  /** Documents per write transaction. */
  public Ingester batch(int n) {
    this.batch = Math.max(1, n);
    return this;
  }

  /**
   * Resolves people through this cache of what earlier runs of the same process read and wrote (a server that
   * owns the store), reading only the documents that changed; none by default.
   */
  public Ingester resolution(ResolutionCache c) {
    this.cache = c;
    return this;
  }

  /** Receives warnings about degraded documents and a line after each committed batch. */
  public Ingester log(Consumer<String> l) {
    this.log = l;
    return this;
  }

  /** What an ingest did. */
  public static final class Summary {
    public int documents;
    public int unchanged;
    public int sentences;
    public int tokens;
    public int mentions;
    public int facts;
    public long quadsWritten;
    public int people;
    public final List<String> failed = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
  }

  /** Ingests the sources; {@code progress} receives the number of documents done so far. */
  public Summary ingest(List<Source> sources, IntConsumer progress) {
    Summary sum = new Summary();
    List<Source> todo = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Source s : sources) {
      if (!ids.add(s.id())) {
        sum.failed.add(s.origin() + ": duplicate document ID '" + s.id() + "' in this run");
        continue;
      }
      Optional<NewsStore.Version> stored = store.documentVersion(s.id());
      if (stored.isPresent() && stored.get().textHash().equals(DocumentToRdf.hash(s.documentText()))
          && stored.get().extractorVersion().equals(DocumentToRdf.EXTRACTOR_VERSION)) {
        sum.unchanged++;
        continue;
      }
      todo.add(s);
    }
    int done = sum.unchanged;
    progress.accept(done);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsgraph-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<List<Source>> parts = batches(todo, batch);
      List<Future<DocumentRdf>> next = parts.isEmpty() ? List.of() : submit(pool, parts.get(0));
      for (int p = 0; p < parts.size(); p++) {
        List<Source> part = parts.get(p);
        List<Future<DocumentRdf>> futures = next;
        next = p + 1 < parts.size() ? submit(pool, parts.get(p + 1)) : List.of();
        List<DocumentRdf> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
          try {
            DocumentRdf r = futures.get(i).get();
            out.add(r);
            for (String w : r.warnings()) {
              log.accept("warning: " + part.get(i).origin() + " (" + r.id() + "): " + w);
            }
            sum.documents++;
            sum.sentences += r.sentences();
            sum.tokens += r.tokens();
            sum.mentions += r.mentions();
            sum.facts += r.facts();
            sum.quadsWritten += r.quads().size();
          } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) {
              throw err;
            }
            sum.failed.add(part.get(i).origin() + ": " + c);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
          progress.accept(++done);
        }
        long w0 = System.nanoTime();
        busy.acquireUninterruptibly();
        try {
          store.writeDocuments(out);
        } finally {
          busy.release();
        }
        log.accept("committed " + (sum.documents) + " documents (write " + (System.nanoTime() - w0) / 1_000_000
            + " ms)");
      }
    } finally {
      pool.shutdownNow();
    }
    long r0 = System.nanoTime();
    Runnable resolve = () -> store.write(dsg -> {
      VocabularyGraph.ensure(dsg, gaz);
      VocabularyGraph.syncTopics(dsg);
      sum.people = cache == null ? CorpusResolver.resolve(dsg) : CorpusResolver.resolve(dsg, cache);
    });
    if (cache == null) {
      resolve.run();
    } else {
      cache.keepIfCommitted(() -> {
        resolve.run();
        return null;
      });
    }
    log.accept("resolved " + sum.people + " people (" + (System.nanoTime() - r0) / 1_000_000 + " ms)");
    return sum;
  }

  /**
   * The write batches: {@code batch} items each, and what is left after them (at most {@code batch} items) in
   * quarter batches, so that little is left to write once the last item is processed.
   */
  public static <T> List<List<T>> batches(List<T> items, int batch) {
    List<List<T>> parts = new ArrayList<>();
    int tail = (int) Math.max(1, ((long) batch + 3) / 4);
    for (int from = 0; from < items.size(); ) {
      int size = items.size() - from > batch ? batch : tail;
      parts.add(items.subList(from, Math.min(items.size(), from + size)));
      from += size;
    }
    return parts;
  }

  /** Starts the pipeline on every source of a batch; the next batch runs while this one is written. */
  private List<Future<DocumentRdf>> submit(ExecutorService pool, List<Source> part) {
    List<Future<DocumentRdf>> futures = new ArrayList<>();
    for (Source s : part) {
      futures.add(pool.submit(() -> process(s)));
    }
    return futures;
  }

  private DocumentRdf process(Source s) throws InterruptedException {
    busy.acquire();
    try {
      Document doc = new Document(s.id(), s.documentText(), s.title(), s.date(), s.url());
      pipeline.annotate(doc);
      return DocumentToRdf.convert(doc, gaz);
    } finally {
      busy.release();
    }
  }
}
