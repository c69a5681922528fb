package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.rdf.VocabularyGraph;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph remove ID…}: deletes documents' graphs, then rebuilds the entities graph, so that a
 * person, country or issue that only those documents supported is gone too.
 *
 * <pre>
 * newsgraph remove cbs-putin-rice-missile
 * </pre>
 */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete documents by ID.")
public final class RemoveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Document IDs (file name without extension).")
  List<String> ids;

  @picocli.CommandLine.Option(names = "--no-compact", description = "Never compact automatically after removing.")
  boolean noCompact;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int missing = 0;
    try (Tdb2Store st = store.openExisting()) {
      for (String id : ids) {
        if (st.removeDocument(id)) {
          out.println("removed: " + id);
        } else {
          err.println("newsgraph: no document with ID " + id);
          missing++;
        }
      }
      st.write(dsg -> {
        CorpusResolver.resolve(dsg);
        VocabularyGraph.syncTopics(dsg);
      });
      if (!noCompact && st.compactIfGrown()) {
        // TDB2 keeps deleted quads on disk until compaction; the same rule as after ingest keeps a store whose
        // documents were removed from doubling
        out.println("compacted: yes");
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot compact: " + e.getMessage(), e);
    }
    out.flush();
    return missing == 0 ? ExitCodes.OK : missing == ids.size() ? ExitCodes.DATA : ExitCodes.PARTIAL;
  }
}
