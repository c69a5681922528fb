package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.newsgraph.rdf.DocumentRdf;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The embedded Apache Jena TDB2 store: one named graph per document, written in large transactions.
 * Opening it detects a lock held by another process and a directory left by a crashed compaction.
 *
 * <pre>
 * try (Tdb2Store store = Tdb2Store.open(Path.of("newsgraph-store"), false)) {
 *   long quads = store.read(dsg -&gt; dsg.stream().count());
 * }
 * </pre>
 */
public final class Tdb2Store implements NewsStore {
  private static final Pattern PID = Pattern.compile("held by process (\\d+)");
  private static final Node TEXT_HASH = NG.textHash;
  private static final Node VERSION = NG.extractorVersion;

  private final Path dir;
  private final DatasetGraph dsg;

  private Tdb2Store(Path dir, DatasetGraph dsg) {
    this.dir = dir;
    this.dsg = dsg;
    // everything lives in named graphs: a query's default graph is their union, as Fuseki's
    // tdb2:unionDefaultGraph makes it, so that "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }" counts the store
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /**
   * Opens (or creates) the store in {@code dir}. A leftover {@code Data-NNNN-tmp} directory from a crashed
   * compaction is an error unless {@code repair} is set, which removes it.
   */
  public static Tdb2Store open(Path dir, boolean repair) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(StoreException.Kind.IO, "store path is not a directory: " + dir, null);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot create store directory " + dir + ": "
          + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException(StoreException.Kind.IO, "store directory is not writable: " + dir, null);
    }
    List<Path> leftovers = leftoverCompactions(dir);
    if (!leftovers.isEmpty()) {
      if (!repair) {
        throw new StoreException(StoreException.Kind.DAMAGED, "store " + dir + " has " + leftovers.get(0)
            .getFileName() + " left by an interrupted compaction; run again with --repair to remove it", null);
      }
      for (Path p : leftovers) {
        deleteTree(p);
      }
    }
    try {
      return new Tdb2Store(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock")) {
        Matcher m = PID.matcher(msg);
        String who = m.find() ? "process " + m.group(1) : "another process";
        throw new StoreException(StoreException.Kind.LOCKED, "store " + dir + " is in use by " + who
            + "; use the running server's endpoint or wait for it to finish", e);
      }
      throw new StoreException(StoreException.Kind.IO, "cannot open store " + dir + ": " + msg, e);
    }
  }

  /** Directories such as {@code Data-0002-tmp} that a crashed compaction leaves behind. */
  public static List<Path> leftoverCompactions(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("Data-\\d+-tmp")).sorted().toList();
    } catch (IOException e) {
      throw new StoreException(StoreException.Kind.IO, "cannot list store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a directory tree (a temporary store, or a compaction leftover). */
  public static void deleteTree(Path p) {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The store directory. */
  public Path dir() {
    return dir;
  }

  @Override
  public Optional<Version> documentVersion(String id) {
    Node d = Vocab.document(id);
    return read(g -> {
      Iterator<Quad> it = g.find(Node.ANY, d, TEXT_HASH, Node.ANY);
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Quad q = it.next();
      Iterator<Quad> v = g.find(q.getGraph(), d, VERSION, Node.ANY);
      String version = v.hasNext() ? v.next().getObject().getLiteralLexicalForm() : "";
      return Optional.of(new Version(q.getObject().getLiteralLexicalForm(), version));
    });
  }

  @Override
  public void writeDocuments(List<DocumentRdf> docs) {
    write(g -> {
      for (DocumentRdf doc : docs) {
        removeGraphsOf(g, doc.id());
        g.removeGraph(doc.graph());
        for (Quad q : doc.quads()) {
          g.add(q);
        }
      }
    });
  }

  private static boolean removeGraphsOf(DatasetGraph g, String id) {
    Node d = Vocab.document(id);
    List<Node> graphs = new ArrayList<>();
    g.find(Node.ANY, d, TEXT_HASH, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
    for (Node gn : graphs) {
      g.removeGraph(gn);
    }
    return !graphs.isEmpty();
  }

  @Override
  public boolean removeDocument(String id) {
    boolean[] removed = new boolean[1];
    write(g -> removed[0] = removeGraphsOf(g, id));
    return removed[0];
  }

  @Override
  public <T> T read(Function<DatasetGraph, T> action) {
    return Txn.calculateRead(dsg, () -> action.apply(dsg));
  }

  @Override
  public void write(Consumer<DatasetGraph> action) {
    Txn.executeWrite(dsg, () -> action.accept(dsg));
  }

  /** The underlying dataset, for SPARQL. */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  @Override
  public long sizeOnDisk() {
    return diskUsage(dir);
  }

    /** The marker file that holds the store's size after its last compaction. */
  static final String COMPACTED_MARKER = "newsgraph-compacted-bytes";

  /**
   * The size under which a store is never compacted automatically: 256 MB, or the system property
   * {@code newsgraph.compactMinBytes}.
   */
  public static long compactMinBytes() {
    return Long.getLong("newsgraph.compactMinBytes", 256L << 20);
  }

  /**
   * The policy of ingest and remove: compacts when the store is past {@link #compactMinBytes()} and has grown to
   * more than twice its size after the last compaction (kept in a marker file beside the data). True if it did.
   */
  public boolean compactIfGrown() throws IOException {
    return compactIfGrown(compactMinBytes());
  }

  /** {@link #compactIfGrown()} with another floor. */
  public boolean compactIfGrown(long minBytes) throws IOException {
    Path marker = dir.resolve(COMPACTED_MARKER);
    long size = sizeOnDisk();
    long last = lastCompactedSize(marker);
    if (size < minBytes || size < 2 * last) {
      if (last == 0) {
        Files.writeString(marker, Long.toString(size));
      }
      return false;
    }
    compact();
    Files.writeString(marker, Long.toString(sizeOnDisk()));
    return true;
  }

  /**
   * The store's size after its last compaction, from the marker file; 0 when the marker is missing, or empty or
   * unreadable as a crash can leave it (the next compaction writes it anew).
   */
  static long lastCompactedSize(Path marker) throws IOException {
    if (!Files.isRegularFile(marker)) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(Files.readString(marker).trim()));
    } catch (NumberFormatException | MalformedInputException e) {
      return 0;
    }
  }

  /** Bytes allocated on disk (du), which is less than the apparent size of TDB2's sparse files. */
  public static long diskUsage(Path dir) {
    try {
      Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor() == 0) {
        return Long.parseLong(out.split("\\s+")[0]) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the apparent size
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void compact() {
    DatabaseMgr.compact(dsg, true);
  }

  @Override
  public void close() {
    TDBInternal.expel(dsg);
  }
}
