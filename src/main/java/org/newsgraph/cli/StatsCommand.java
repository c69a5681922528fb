package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.lexicon.TopicScheme;
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

  /** The issues in use with their broader concepts, as an indented tree; counts include the narrower concepts. */
  static void printTopics(DatasetGraph dsg, PrintWriter out) {
    TopicScheme scheme = TopicScheme.shipped();
    Map<String, Set<String>> articles = new HashMap<>();
    Map<String, Set<String>> events = new HashMap<>();
    collect(dsg, "SELECT ?c ?x { GRAPH ?g { ?x schema:about ?c } }", scheme, articles);
    collect(dsg, "SELECT ?c ?x { GRAPH ?g { ?x ng:about ?c } }", scheme, events);
    Set<String> used = new TreeSet<>(articles.keySet());
    used.addAll(events.keySet());
    out.println("issues in use (code, label, articles, discussed in events or quotes):");
    for (String top : used) {
      if (scheme.concept(top).broader() == null) {
        tree(top, 0, used, scheme, articles, events, out);
      }
    }
  }

  private static void collect(DatasetGraph dsg, String text, TopicScheme scheme,
      Map<String, Set<String>> into) {
    Query q = SafeQuery.parse(QueryCommand.PREFIXES + text, 0);
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 60_000)) {
      qe.execSelect().forEachRemaining(s -> {
        String c = s.getResource("c").getURI();
        if (scheme.concept(c) != null) {
          for (String a : scheme.ancestorsAndSelf(c)) {
            into.computeIfAbsent(a, k -> new HashSet<>()).add(s.get("x").toString());
          }
        }
      });
    }
  }

  private static void tree(String c, int depth, Set<String> used, TopicScheme scheme,
      Map<String, Set<String>> articles, Map<String, Set<String>> events, PrintWriter out) {
    TopicScheme.Concept k = scheme.concept(c);
    out.println("  ".repeat(depth + 1) + k.code() + "  " + k.prefLabel() + "  " + articles.getOrDefault(c,
        Set.of()).size() + "  " + events.getOrDefault(c, Set.of()).size());
    for (String n : used.stream().filter(u -> c.equals(scheme.concept(u).broader())).sorted().toList()) {
      tree(n, depth + 1, used, scheme, articles, events, out);
    }
  }
}
