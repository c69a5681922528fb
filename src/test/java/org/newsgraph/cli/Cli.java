package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Runs the real command line in this JVM and captures exit code, stdout and stderr. */
public final class Cli {
  private Cli() {
  }

  /** What a run printed and returned. */
  public record Run(int code, String out, String err) {
    /** stdout lines. */
    public List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  /** Runs {@code newsgraph args…}. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
  }

  /** Runs a command against a store: {@code newsgraph CMD --store DIR args…}. */
  public static Run run(Path store, String command, String... args) {
    List<String> all = new ArrayList<>();
    all.addAll(Arrays.asList(command.split(" ")));
    all.add("--store");
    all.add(store.toString());
    all.addAll(Arrays.asList(args));
    return run(all.toArray(new String[0]));
  }

  /** The whole store as a dataset, through {@code export --format trig}. */
  public static DatasetGraph trig(Path store) {
    Run r = run(store, "export", "--format", "trig");
    if (r.code() != 0) {
      throw new AssertionError("export failed: " + r.err());
    }
    DatasetGraph ds = DatasetGraphFactory.create();
    RDFParser.fromString(r.out(), Lang.TRIG).strict(true).parse(ds);
    return ds;
  }

  /** The seed articles folder of the project. */
  public static Path seeds() {
    return Path.of("seeds").toAbsolutePath();
  }

  /** Reads a value "name: N" from summary output. */
  public static long value(String out, String name) {
    for (String line : out.split("\n")) {
      if (line.startsWith(name + ": ")) {
        return Long.parseLong(line.substring(name.length() + 2).trim());
      }
    }
    throw new AssertionError("no '" + name + ":' line in:\n" + out);
  }
}
