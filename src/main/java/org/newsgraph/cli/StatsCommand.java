package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.query.Profiles;
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
    COUNTS.put("organizations", "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?o a ng:Organization } }");
    COUNTS.put("memberships", "SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH ?g { ?m a ng:MembershipStatement } }");
    COUNTS.put("roles", "SELECT (COUNT(DISTINCT ?r) AS ?n) { GRAPH ?g { ?m a ng:RoleStatement ; org:role ?r } }");
    COUNTS.put("issues", "SELECT (COUNT(DISTINCT ?i) AS ?n) { GRAPH ?g { ?d schema:about ?i } }");
    COUNTS.put("issues discussed", "SELECT (COUNT(DISTINCT ?i) AS ?n) { GRAPH ?g { ?x ng:about ?i } }");
    COUNTS.put("issue concepts in the vocabulary", "SELECT (COUNT(DISTINCT ?i) AS ?n) { GRAPH ngg:vocabulary { "
        + "?i a skos:Concept ; skos:notation ?code } }");
    COUNTS.put("meetings", "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ng:Meeting } }");
    COUNTS.put("contacts", "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ng:Contact } }");
    COUNTS.put("quotes", "SELECT (COUNT(DISTINCT ?q) AS ?n) { GRAPH ?g { ?q a schema:Quotation } }");
  }

  @Option(names = "--topics", description = "Also list the issues in use as a tree of IPTC Media Topics: code, label, "
      + "articles about it, and meetings, contacts and quotes that discuss it (each counting its narrower concepts).")
  boolean topics;

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
      if (topics) {
        st.read(dsg -> {
          printTopics(dsg, out);
          return null;
        });
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The issues in use with their broader concepts ({@link Profiles#topics}, as the page has them), as a tree. */
  static void printTopics(DatasetGraph dsg, PrintWriter out) {
    Map<String, List<JsonObject>> children = new TreeMap<>();
    List<JsonObject> roots = new ArrayList<>();
    for (JsonValue v : Profiles.topics(dsg)) {
      JsonObject t = v.getAsObject();
      if (t.hasKey("broader")) {
        children.computeIfAbsent(t.get("broader").getAsString().value(), k -> new ArrayList<>()).add(t);
      } else {
        roots.add(t);
      }
    }
    out.println("issues in use (code, label, articles, discussed in events or quotes):");
    for (JsonObject r : roots) {
      tree(r, 0, children, out);
    }
  }

  private static void tree(JsonObject t, int depth, Map<String, List<JsonObject>> children, PrintWriter out) {
    out.println("  ".repeat(depth + 1) + t.get("code").getAsString().value() + "  " + t.get("label").getAsString()
        .value() + "  " + t.get("articles").getAsNumber().value() + "  " + t.get("events").getAsNumber().value());
    for (JsonObject c : children.getOrDefault(t.get("id").getAsString().value(), List.of())) {
      tree(c, depth + 1, children, out);
    }
  }
}
