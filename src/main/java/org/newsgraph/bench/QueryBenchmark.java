package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.query.AskService;
import org.newsgraph.query.SafeQuery;

/**
 * Times questions on a store: every {@code ask} form and five typical SPARQL queries, each run many times with
 * names, pairs and countries sampled from the store itself, reporting p50, p95 and p99 of the time to the last row.
 * The name lookup of a question is part of its time.
 *
 * <pre>
 * List&lt;QueryBenchmark.Row&gt; rows = store.read(dsg -&gt; QueryBenchmark.run(dsg, 200, 1L));
 * </pre>
 */
public final class QueryBenchmark {
  private QueryBenchmark() {
  }

  /** One timed form: its name, how many runs, the percentiles and the worst in milliseconds, and rows per run. */
  public record Row(String form, int runs, double p50, double p95, double p99, double max, double meanRows) {
    /** The line that {@code bench --queries} prints. */
    public String line() {
      return String.format(Locale.ROOT, "%-42s runs %4d  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms  "
          + "rows %.1f", form, runs, p50, p95, p99, max, meanRows);
    }
  }

  private static final String PEOPLE = """
      SELECT DISTINCT ?l { GRAPH ngg:entities { ?lp ng:resolvesTo ?p . ?p rdfs:label ?l }
        GRAPH ?g { ?e ng:participant ?lp } } LIMIT 2000""";
  private static final String PAIRS = """
      SELECT DISTINCT ?a ?b { GRAPH ?g { ?e a ng:Meeting ; ng:sideA ?la ; ng:sideB ?lb }
        GRAPH ngg:entities { ?la ng:resolvesTo ?pa . ?lb ng:resolvesTo ?pb . ?pa rdfs:label ?a . ?pb rdfs:label ?b } }
      LIMIT 2000""";
  private static final String ORGANIZATIONS = """
      SELECT DISTINCT ?l { GRAPH ?g { ?m a ng:MembershipStatement ; org:organization ?o . ?o rdfs:label ?l } }
        LIMIT 500""";
  private static final String COUNTRIES = """
      SELECT DISTINCT ?l { GRAPH ?g { ?st a ng:RepresentsStatement ; ng:country ?c }
        GRAPH ngg:vocabulary { ?c rdfs:label ?l } } LIMIT 500""";

  private static final String TOPICS = """
      SELECT DISTINCT ?n { GRAPH ?g { ?e ng:about ?c } GRAPH ngg:vocabulary { ?c skos:notation ?n } } LIMIT 500""";

  /** Five queries an analyst writes by hand, with the variable that a sampled value fills ({@code ?x}). */
  private static final List<String[]> SPARQL = List.of(
      new String[] {"sparql: the 20 people met most often", "none", """
          SELECT ?p (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ng:Meeting ; ng:participant ?lp }
            GRAPH ngg:entities { ?lp ng:resolvesTo ?p } } GROUP BY ?p ORDER BY DESC(?n) LIMIT 20"""},
      new String[] {"sparql: documents that mention a country", "country", """
          SELECT ?doc { GRAPH ngg:vocabulary { ?c rdfs:label ?l FILTER(STR(?l) = ?x) }
            GRAPH ?g { ?d schema:mentions ?c ; schema:identifier ?doc } }"""},
      new String[] {"sparql: a person's roles and evidence", "person", """
          SELECT ?role ?sentence { GRAPH ngg:entities { ?p rdfs:label ?x . ?lp ng:resolvesTo ?p }
            GRAPH ?g { ?m org:member ?lp ; org:role ?role ; prov:wasDerivedFrom ?s . ?s nif:anchorOf ?sentence } }"""},
      new String[] {"sparql: a person's meetings by modality", "person", """
          SELECT ?modality (COUNT(?e) AS ?n) { GRAPH ngg:entities { ?p rdfs:label ?x . ?lp ng:resolvesTo ?p }
            GRAPH ?g { ?e ng:participant ?lp ; ng:modality ?modality } } GROUP BY ?modality"""},
      new String[] {"sparql: number of documents", "none", """
          SELECT (COUNT(?d) AS ?n) { GRAPH ?g { ?d a schema:NewsArticle } }"""});

  /** Runs every form {@code runs} times (seeded sampling), in one read transaction of the caller. */
  public static List<Row> run(DatasetGraph dsg, int runs, long seed, long timeoutMillis) {
    List<String> people = column(dsg, PEOPLE, "l");
    List<String[]> pairs = new ArrayList<>();
    for (String[] r : rows(dsg, PAIRS, "a", "b")) {
      pairs.add(r);
    }
    List<String> countries = column(dsg, COUNTRIES, "l");
    if (people.isEmpty() || pairs.isEmpty() || countries.isEmpty()) {
      throw new IllegalStateException("the store has no meetings or no countries to sample questions from");
    }
    Random rnd = new Random(seed);
    List<Row> out = new ArrayList<>();
    Function<Random, String> person = r -> people.get(r.nextInt(people.size()));
    out.add(ask(dsg, "ask: Who met whom?", runs, rnd, r -> "Who met whom?", timeoutMillis));
    out.add(ask(dsg, "ask: Who talked to whom?", runs, rnd, r -> "Who talked to whom?", timeoutMillis));
    out.add(ask(dsg, "ask: Who met X?", runs, rnd, r -> "Who met " + person.apply(r) + "?", timeoutMillis));
    out.add(ask(dsg, "ask: Whom did X meet?", runs, rnd, r -> "Whom did " + surname(person.apply(r)) + " meet?",
        timeoutMillis));
    out.add(ask(dsg, "ask: Who talked to X?", runs, rnd, r -> "Who talked to " + person.apply(r) + "?",
        timeoutMillis));
    out.add(ask(dsg, "ask: Where and when did X meet Y?", runs, rnd, r -> {
      String[] p = pairs.get(r.nextInt(pairs.size()));
      return "Where and when did " + p[0] + " meet " + p[1] + "?";
    }, timeoutMillis));
    out.add(ask(dsg, "ask: What role does X have?", runs, rnd, r -> "What role does " + person.apply(r) + " have?",
        timeoutMillis));
    out.add(ask(dsg, "ask: Who is X?", runs, rnd, r -> "Who is " + surname(person.apply(r)) + "?", timeoutMillis));
    out.add(ask(dsg, "ask: Who represents COUNTRY?", runs, rnd,
        r -> "Who represents " + countries.get(r.nextInt(countries.size())) + "?", timeoutMillis));
    List<String> organizations = column(dsg, ORGANIZATIONS, "l");
    if (!organizations.isEmpty()) {
      out.add(ask(dsg, "ask: Who works for ORG?", runs, rnd,
          r -> "Who works for " + organizations.get(r.nextInt(organizations.size())) + "?", timeoutMillis));
    }
    out.add(ask(dsg, "ask: What issues did X discuss?", runs, rnd,
        r -> "What issues did " + person.apply(r) + " discuss?", timeoutMillis));
    out.add(ask(dsg, "ask: What did X say?", runs, rnd, r -> "What did " + person.apply(r) + " say?",
        timeoutMillis));
    // the issues that events discussed, by code: "Who discussed medtop:20000076?"
    List<String> topics = column(dsg, TOPICS, "n");
    if (!topics.isEmpty()) {
      Function<Random, String> topic = r -> topics.get(r.nextInt(topics.size()));
      out.add(ask(dsg, "ask: Who discussed TOPIC?", runs, rnd, r -> "Who discussed " + topic.apply(r) + "?",
          timeoutMillis));
      out.add(ask(dsg, "ask: Which meetings were about TOPIC?", runs, rnd,
          r -> "Which meetings were about " + topic.apply(r) + "?", timeoutMillis));
    }
    for (String[] q : SPARQL) {
      Query parsed = SafeQuery.parse(AskService.prefixes() + q[2], 10_000);
      out.add(time(dsg, q[0], runs, rnd, r -> {
        Map<String, Node> b = switch (q[1]) {
          case "person" -> Map.of("x", NodeFactory.createLiteralString(person.apply(r)));
          case "country" -> Map.of("x", NodeFactory.createLiteralString(countries.get(
              r.nextInt(countries.size()))));
          default -> Map.of();
        };
        return new Object[] {parsed, b};
      }, timeoutMillis));
    }
    return out;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static Row ask(DatasetGraph dsg, String form, int runs, Random rnd, Function<Random, String> question,
      long timeoutMillis) {
    return time(dsg, form, runs, rnd, r -> new Object[] {AskService.plan(question.apply(r), false), Map.of()},
        timeoutMillis);
  }

  @SuppressWarnings("unchecked")
  private static Row time(DatasetGraph dsg, String form, int runs, Random rnd, Function<Random, Object[]> next,
      long timeoutMillis) {
    double[] ms = new double[runs];
    long rowsSeen = 0;
    for (int i = 0; i < runs; i++) {
      Object[] work = next.apply(rnd);
      long t0 = System.nanoTime();
      Query q = work[0] instanceof AskService.Plan plan ? AskService.resolve(dsg, plan) : (Query) work[0];
      try (QueryExecution qe = SafeQuery.exec(dsg, q, (Map<String, Node>) work[1],
          timeoutMillis)) {
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) {
          rs.next();
          rowsSeen++;
        }
      }
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new Row(form, runs, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1],
        (double) rowsSeen / runs);
  }

  private static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static List<String> column(DatasetGraph dsg, String text, String var) {
    List<String> out = new ArrayList<>();
    for (String[] r : rows(dsg, text, var)) {
      out.add(r[0]);
    }
    return out;
  }

  private static List<String[]> rows(DatasetGraph dsg, String text, String... vars) {
    List<String[]> out = new ArrayList<>();
    Query q = SafeQuery.parse(AskService.prefixes() + text, 10_000);
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 120_000)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String[] row = new String[vars.length];
        for (int i = 0; i < vars.length; i++) {
          row[i] = s.getLiteral(vars[i]).getString();
        }
        out.add(row);
      }
    }
    out.sort((a, b) -> String.join("\t", a).compareTo(String.join("\t", b)));
    return out;
  }
}
