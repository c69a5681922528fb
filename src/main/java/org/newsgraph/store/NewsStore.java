package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.rdf.DocumentRdf;

/**
 * Where document graphs live: the contract of the embedded TDB2 store ({@link Tdb2Store}), the only
 * implementation, which ingest, the server and the commands write through; every write is atomic. A remote store is
 * reached another way: {@code ingest --endpoint} sends the articles to a running {@code serve}, which owns its
 * TDB2 store (see {@code ingest/RemoteIngest}), so nothing writes to a remote triple store through this interface.
 *
 * <pre>
 * try (NewsStore store = Tdb2Store.open(Path.of("newsgraph-store"))) {
 *   store.writeDocuments(List.of(rdf));
 * }
 * </pre>
 */
public interface NewsStore extends AutoCloseable {

  /** What is stored for a document: the hash of its text and the extractor version that read it. */
  record Version(String textHash, String extractorVersion) {
  }

  /** The text hash and extractor version stored for a document ID, if the document is stored. */
  Optional<Version> documentVersion(String id);

  /** Replaces each document's graph; all of them in one transaction. */
  void writeDocuments(List<DocumentRdf> docs);

  /** Removes a document's graph; false when no such document. */
  boolean removeDocument(String id);

  /** Runs {@code action} in a read transaction over the whole dataset. */
  <T> T read(Function<DatasetGraph, T> action);

  /** Runs {@code action} in one write transaction. */
  void write(Consumer<DatasetGraph> action);

  /** Bytes used on disk (0 for stores without a disk). */
  long sizeOnDisk();

  /** Reclaims space left by replaced data. */
  void compact();

  @Override
  void close();
}
