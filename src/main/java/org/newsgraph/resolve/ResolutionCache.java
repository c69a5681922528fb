package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * What corpus resolution read and wrote, kept by the one process that owns a store (the server) from one run to
 * the next: the document-local people of each document graph, under the graph's version (text hash and extractor
 * version), and the entities graph as last written. A run then reads only the documents added, changed or removed
 * since, and writes the difference against what it wrote, instead of reading the whole store twice: an ingest
 * request of a few articles into a VOA-size store resolves in about a second rather than four. The people it
 * resolves are the same as {@link CorpusResolver#resolve(DatasetGraph)}'s, in the same order.
 * Not thread-safe: one writer at a time, as the store allows.
 *
 * <pre>
 * ResolutionCache cache = new ResolutionCache();
 * int people = cache.keepIfCommitted(() -&gt; Txn.calculateWrite(dsg, () -&gt; CorpusResolver.resolve(dsg, cache)));
 * </pre>
 */
public final class ResolutionCache {
  private Map<Node, String> versions = new HashMap<>();
  private Map<Node, List<CorpusResolver.Local>> locals = new HashMap<>();
  private Set<Triple> written;
  private Set<Triple> corrections;
  private int people;
  private boolean changed = true;
  private Map<Node, String> pendingVersions;
  private Map<Node, List<CorpusResolver.Local>> pendingLocals;
  private Set<Triple> pendingWritten;
  private Set<Triple> pendingCorrections;
  private int pendingPeople;

  /** The local people of the store as it is now, reading only the document graphs that changed. */
  List<CorpusResolver.Local> refresh(DatasetGraph dsg) {
    Map<Node, String> now = documentVersions(dsg);
    Map<Node, List<CorpusResolver.Local>> next;
    if (versions.isEmpty()) {
      // the first run reads everything with one scan per property
      next = new HashMap<>(CorpusResolver.readLocals(dsg, Node.ANY));
    } else {
      next = new HashMap<>(locals);
      for (Node g : versions.keySet()) {
        if (!versions.get(g).equals(now.get(g))) {
          next.remove(g);
        }
      }
      for (Map.Entry<Node, String> e : now.entrySet()) {
        if (!e.getValue().equals(versions.get(e.getKey()))) {
          next.put(e.getKey(), CorpusResolver.readLocals(dsg, e.getKey()).getOrDefault(e.getKey(), List.of()));
        }
      }
    }
    next.keySet().retainAll(now.keySet());
    pendingCorrections = new HashSet<>();
    dsg.find(Vocab.CURATION_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> pendingCorrections.add(
        q.asTriple()));
    changed = written == null || !now.equals(versions) || !pendingCorrections.equals(corrections);
    pendingVersions = now;
    pendingLocals = next;
    List<CorpusResolver.Local> out = new ArrayList<>();
    next.values().forEach(out::addAll);
    out.sort(CorpusResolver.BY_NODE);
    return out;
  }

  /** Whether the last {@link #refresh} found the documents and corrections as the last committed run left them. */
  boolean unchanged() {
    return !changed;
  }

  /** The number of people that the last committed run resolved. */
  int people() {
    return people;
  }

  /** Makes the entities graph hold these triples, comparing with what the last committed run wrote. */
  void replace(DatasetGraph dsg, Set<Triple> next, int resolved) {
    if (written == null) {
      CorpusResolver.replace(dsg, Vocab.ENTITIES_GRAPH, next);
    } else {
      for (Triple t : written) {
        if (!next.contains(t)) {
          dsg.delete(Vocab.ENTITIES_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
      for (Triple t : next) {
        if (!written.contains(t)) {
          dsg.add(Vocab.ENTITIES_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
    }
    pendingWritten = Set.copyOf(next);
    pendingPeople = resolved;
  }

  /**
   * Runs a write transaction that resolves through this cache, then keeps what it read and wrote, or forgets
   * everything when the write failed, so that the cache never holds what the store does not.
   */
  public <T> T keepIfCommitted(Supplier<T> write) {
    try {
      T result = write.get();
      commit();
      return result;
    } catch (RuntimeException | Error e) {
      clear();
      throw e;
    }
  }

  /** Keeps what the last run read and wrote: its transaction has committed. */
  public void commit() {
    if (pendingVersions != null && pendingWritten != null) {
      versions = pendingVersions;
      locals = pendingLocals;
      written = pendingWritten;
      corrections = pendingCorrections;
      people = pendingPeople;
    }
    dropPending();
  }

  /** Forgets everything, so that the next run reads the whole store: the last transaction did not commit. */
  public void clear() {
    versions = new HashMap<>();
    locals = new HashMap<>();
    written = null;
    corrections = null;
    changed = true;
    dropPending();
  }

  private void dropPending() {
    pendingVersions = null;
    pendingLocals = null;
    pendingWritten = null;
    pendingCorrections = null;
  }

  /** Each document graph with its version: the text hash and the extractor version it was written with. */
  private static Map<Node, String> documentVersions(DatasetGraph dsg) {
    Map<Node, String> out = new HashMap<>();
    for (Node p : new Node[] {NG.textHash, NG.extractorVersion}) {
      dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
        if (!q.getGraph().equals(Vocab.ENTITIES_GRAPH) && q.getObject().isLiteral()) {
          out.merge(q.getGraph(), q.getObject().getLiteralLexicalForm(), (a, b) -> a + "|" + b);
        }
      });
    }
    return out;
  }
}
