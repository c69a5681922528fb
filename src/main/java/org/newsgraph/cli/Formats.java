package org.newsgraph.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine;

/**
 * The output formats that commands take with {@code --format}, as enums, so that picocli checks the value (a wrong
 * one is a usage error, exit 2, listing the choices) and the command switches over constants, not strings.
 */
final class Formats {
  private Formats() {
  }

  /** {@code query}: a table, CSV, TSV or SPARQL JSON results (RDF results are Turtle whatever the format). */
  enum Query {
    table, csv, tsv, json;

    /** The name that {@code SafeQuery.write} takes. */
    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code ask}: a table, plain TSV or SPARQL JSON results. */
  enum Ask {
    table, tsv, json
  }

  /** {@code eval}: the table of scores and misses, or JSON. */
  enum Eval {
    table, json
  }

  /** {@code export}: RDF (Turtle merges the graphs; TriG, N-Quads, JSON-LD keep them) or the network (DOT, GraphML). */
  enum Export {
    turtle("ttl"), trig(), nquads("nq"), jsonld("json-ld"), dot(), graphml();

    private final List<String> aliases;

    Export(String... aliases) {
      this.aliases = List.of(aliases);
    }

    /** Whether the format keeps the named graphs. */
    boolean quads() {
      return this == trig || this == nquads || this == jsonld;
    }

    /** The format of a name or an alias, in any case. */
    static Export of(String name) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      for (Export e : values()) {
        if (e.name().equals(n) || e.aliases.contains(n)) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException("unknown format '" + name + "' (turtle or ttl, trig, nquads or "
          + "nq, jsonld or json-ld, dot, graphml)");
    }
  }

  /** Lets picocli read {@link Export} by name or alias. */
  static final class ExportConverter implements CommandLine.ITypeConverter<Export> {
    @Override
    public Export convert(String value) {
      return Export.of(value);
    }
  }
}
