package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.newsgraph.query.SafeQuery;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph stats}: counts, one per line as {@code name: N}.
 *
 * <pre>
 * newsgraph stats
 * </pre>
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts of what the store holds.")
public final class StatsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    COUNTS.put("documents", "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d ng:textHash ?h } }");
    COUNTS.put("people", "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ng:entities { ?p a ng:Person } }");
    COUNTS.put("countries", "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?d schema:mentions ?c } }");
    COUNTS.put("roles", "SELECT (COUNT(DISTINCT ?r) AS ?n) { GRAPH ?g { ?m a ng:RoleStatement ; org:role ?r } }");
    COUNTS.put("issues", "SELECT (COUNT(DISTINCT ?i) AS ?n) { GRAPH ?g { ?d schema:about ?i } }");
    COUNTS.put("meetings", "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ng:Meeting } }");
    COUNTS.put("contacts", "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ng:Contact } }");
    COUNTS.put("quotes", "SELECT (COUNT(DISTINCT ?q) AS ?n) { GRAPH ?g { ?q a schema:Quotation } }");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Tdb2Store st = store.openExisting()) {
      Map<String, Long> values = st.read(dsg -> {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("quads", dsg.stream().count());
        for (Map.Entry<String, String> e : COUNTS.entrySet()) {
          Query q = SafeQuery.parse(QueryCommand.PREFIXES + e.getValue().replace("ng:entities", "ngg:entities"), 0);
          try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 60_000)) {
            QuerySolution s = qe.execSelect().next();
            m.put(e.getKey(), s.getLiteral("n").getLong());
          }
        }
        return m;
      });
      out.println("documents: " + values.get("documents"));
      out.println("quads: " + values.get("quads"));
      values.forEach((k, v) -> {
        if (!k.equals("documents") && !k.equals("quads")) {
          out.println(k + ": " + v);
        }
      });
      out.println("bytes on disk: " + st.sizeOnDisk());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
