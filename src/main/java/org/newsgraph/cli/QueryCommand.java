package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.query.SafeQuery;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph query SPARQL}: read-only SPARQL over the store.
 *
 * <pre>
 * newsgraph query 'SELECT ?name { ?p a ng:Person ; rdfs:label ?name }'
 * newsgraph query --format csv @who-met-whom.rq
 * </pre>
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a read-only SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE (text, or @file). "
        + "Prefixes ng:, ngg:, ngid:, schema:, prov:, org:, skos:, nif:, rdfs:, rdf:, xsd: are predeclared; the "
        + "default graph is the union of the named graphs.")
public final class QueryCommand implements Callable<Integer> {
  /** Prefixes that every query may use without declaring them. */
  public static final String PREFIXES = Prefixes.sparql();

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(index = "0", paramLabel = "SPARQL", description = "The query, or @FILE to read it from a file.")
  String query;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES}.")
  Formats.Query format;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout.")
  double timeout;

  @Option(names = "--limit", defaultValue = "10000", paramLabel = "N",
      description = "LIMIT added to a SELECT that has none (0: no limit).")
  long limit;

  @Override
  public Integer call() throws Exception {
    long timeoutMillis = Timeout.millis(timeout);
    String text = query.startsWith("@") ? Files.readString(Path.of(query.substring(1)), StandardCharsets.UTF_8)
        : query;
    Query q = SafeQuery.parse(PREFIXES + text, limit);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Deadline.run(() -> {
      try (Tdb2Store st = store.openExisting()) {
        st.read(dsg -> {
          SafeQuery.write(dsg, q, Map.of(), timeoutMillis, format.word(), buf);
          return null;
        });
      }
      return null;
    }, timeoutMillis);
    PrintWriter out = spec.commandLine().getOut();
    out.print(buf.toString(StandardCharsets.UTF_8));
    out.flush();
    return ExitCodes.OK;
  }
}
