package org.newsgraph.cli;

import java.util.Locale;

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
}
