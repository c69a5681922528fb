package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.Corrections;
import org.newsgraph.resolve.People;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph resolve}: rebuilds the entities graph, applies a correction ({@code --merge},
 * {@code --keep-apart}, {@code --allow}, each stored with who, when and {@code --reason}), or lists the likely
 * errors of resolution ({@code --list-suspects}).
 *
 * <pre>
 * newsgraph resolve --merge "Hugo Chavez" "Chavez" --reason "one man"
 * newsgraph resolve --keep-apart "George W. Bush" "George Herbert Walker Bush"
 * newsgraph resolve --list-suspects
 * </pre>
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Rebuild cross-document entity resolution; merge two people, keep them apart or allow them "
        + "again; list the likely errors.")
public final class ResolveCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--merge", arity = "2", paramLabel = "NAME", description = "Join two canonical people for good.")
  List<String> merge;

  @Option(names = "--keep-apart", arity = "2", paramLabel = "NAME", description = "Never merge these two people.")
  List<String> apart;

  @Option(names = "--allow", arity = "2", paramLabel = "NAME", description = "Take back a --keep-apart.")
  List<String> allow;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (stored with the correction).")
  String reason;

  @Option(names = "--by", paramLabel = "WHO", description = "Who makes the correction (default: the user name).")
  String by = System.getProperty("user.name", "unknown");

  @Option(names = "--list-suspects", description = "Print the likely errors of resolution, ranked.")
  boolean suspects;

  @Option(names = "--limit", paramLabel = "N", description = "Suspects per category (default: 20).")
  int limit = 20;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int given = (merge != null ? 1 : 0) + (apart != null ? 1 : 0) + (allow != null ? 1 : 0);
    if (given > 1) {
      throw new CliException(ExitCodes.USAGE, "give one of --merge, --keep-apart and --allow at a time");
    }
    try (Tdb2Store st = store.openExisting()) {
      if (suspects && given == 0) {
        st.read(dsg -> {
          People.suspects(dsg, limit).forEach(out::println);
          return null;
        });
        out.flush();
        return ExitCodes.OK;
      }
      int[] people = new int[1];
      double[] seconds = new double[1];
      st.write(dsg -> {
        if (given == 1) {
          List<String> names = merge != null ? merge : apart != null ? apart : allow;
          Corrections.Action action = merge != null ? Corrections.Action.MERGE : apart != null
              ? Corrections.Action.KEEP_APART : Corrections.Action.ALLOW;
          People.Match a = one(dsg, names.get(0));
          People.Match b = one(dsg, names.get(1));
          if (action == Corrections.Action.MERGE && a.slug().equals(b.slug())) {
            throw new CliException(ExitCodes.DATA, "'" + names.get(0) + "' and '" + names.get(1)
                + "' are already one person: " + a.label());
          }
          if (a.key().equals(b.key())) {
            throw new CliException(ExitCodes.DATA, "'" + names.get(0) + "' and '" + names.get(1)
                + "' are one name; give two");
          }
          Corrections.record(dsg, action, a.slug(), a.key(), b.slug(), b.key(), reason, by, Instant.now());
          out.println(action.name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + a.label()
              + " (" + a.slug() + ") and " + b.label() + " (" + b.slug() + ")");
        }
        long t0 = System.nanoTime();
        people[0] = CorpusResolver.resolve(dsg);
        seconds[0] = (System.nanoTime() - t0) / 1e9;
      });
      out.println("people: " + people[0]);
      out.printf(Locale.ROOT, "resolve seconds: %.2f%n", seconds[0]);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The one canonical person a name stands for; an error that lists the candidates otherwise. */
  private static People.Match one(DatasetGraph dsg, String name) {
    List<People.Match> found = People.find(dsg, name);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new CliException(ExitCodes.DATA, "no person is named '" + name + "'" + People.near(dsg, name));
    }
    StringBuilder b = new StringBuilder("'" + name + "' names " + found.size() + " people; give one of:");
    for (People.Match m : found) {
      b.append(' ').append(m.slug()).append(" (").append(m.label()).append(", ").append(m.documents())
          .append(" documents);");
    }
    throw new CliException(ExitCodes.DATA, b.substring(0, b.length() - 1));
  }
}
