package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.rdf.Vocab;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.NameKeys;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph resolve}: rebuilds the entities graph; {@code --keep-apart A B} undoes a merge of two
 * names for good, {@code --allow A B} takes that back.
 *
 * <pre>
 * newsgraph resolve --keep-apart "George W. Bush" "George Bush"
 * </pre>
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Rebuild cross-document entity resolution; keep two names apart or allow them again.")
public final class ResolveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--keep-apart", arity = "2", paramLabel = "NAME", description = "Never merge these two names.")
  List<String> apart;

  @Option(names = "--allow", arity = "2", paramLabel = "NAME", description = "Remove a --keep-apart.")
  List<String> allow;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Tdb2Store st = store.openExisting()) {
      int[] people = new int[1];
      st.write(dsg -> {
        if (apart != null) {
          dsg.add(Vocab.CURATION_GRAPH, node(apart.get(0)), Vocab.ng("keepApart"), node(apart.get(1)));
        }
        if (allow != null) {
          dsg.delete(Vocab.CURATION_GRAPH, node(allow.get(0)), Vocab.ng("keepApart"), node(allow.get(1)));
          dsg.delete(Vocab.CURATION_GRAPH, node(allow.get(1)), Vocab.ng("keepApart"), node(allow.get(0)));
        }
        people[0] = CorpusResolver.resolve(dsg);
      });
      out.println("people: " + people[0]);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Node node(String name) {
    return Vocab.iri(Vocab.ID + "name/" + NameKeys.slug(name));
  }
}
