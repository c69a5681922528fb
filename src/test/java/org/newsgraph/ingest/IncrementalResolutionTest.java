package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.NewsPipeline;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolutionCache;
import org.newsgraph.store.Tdb2Store;

/**
 * Resolution through a {@link ResolutionCache}, as the server runs it request after request (documents added,
 * changed and removed), gives the same entities graph as one resolution of the whole store.
 */
class IncrementalResolutionTest {
  private static final Pipeline PIPELINE = NewsPipeline.create().build();

  @TempDir
  Path dir;

  private static List<Source> articles() throws IOException {
    List<Source> out = new ArrayList<>();
    for (String folder : new String[] {"seeds", "dev/articles"}) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String id = f.getFileName().toString().replace(".txt", "");
          out.add(new Source(f.toString(), id, Files.readString(f), null, null, null));
        }
      }
    }
    return out;
  }

  private static Set<String> entities(Tdb2Store store) {
    return store.read(dsg -> {
      Set<String> out = new TreeSet<>();
      dsg.find(Vocab.ENTITIES_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()
          .toString()));
      return out;
    });
  }

  @Test
  void requestAfterRequestGivesTheGraphOfOneResolution() throws IOException {
    List<Source> all = articles();
    Source changed = all.get(1);
    Source rewritten = new Source(changed.origin(), changed.id(), changed.text()
        + "\nPrime Minister Maria Lind met President Tomas Berg in Oslo on Monday.", null, null, null);
    ResolutionCache cache = new ResolutionCache();
    try (Tdb2Store step = Tdb2Store.open(dir.resolve("steps"), false)) {
      int half = all.size() / 2;
      new Ingester(PIPELINE, step, 2).resolution(cache).ingest(all.subList(0, half), n -> { });
      new Ingester(PIPELINE, step, 2).resolution(cache).ingest(all.subList(half, all.size()), n -> { });
      new Ingester(PIPELINE, step, 2).resolution(cache).ingest(List.of(rewritten), n -> { });
      step.removeDocument(all.get(0).id());
      step.write(dsg -> CorpusResolver.resolve(dsg, cache));
      cache.commit();
      Ingester.Summary again = new Ingester(PIPELINE, step, 2).resolution(cache).ingest(List.of(), n -> { });
      List<Source> last = new ArrayList<>(all.subList(1, all.size()));
      last.set(0, rewritten);
      try (Tdb2Store once = Tdb2Store.open(dir.resolve("once"), false)) {
        Ingester.Summary whole = new Ingester(PIPELINE, once, 2).ingest(last, n -> { });
        Set<String> expected = entities(once);
        assertFalse(expected.isEmpty());
        assertEquals(expected, entities(step));
        assertEquals(whole.people, again.people, "a run that changes nothing reports the people it left");
      }
    }
  }
}
