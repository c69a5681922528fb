package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.query.AskService;
import org.newsgraph.query.SafeQuery;

/**
 * Compares what the store holds with gold facts: per relation, true and false positives and misses, and
 * each miss and false positive with its document. A predicted fact counts once however many spellings
 * of the same gold fact it was found under.
 *
 * <pre>
 * Evaluator.Report r = Evaluator.evaluate(dsg, GoldFile.read(goldPath));
 * </pre>
 */
public final class Evaluator {
  private Evaluator() {
  }

  /** Counts for one relation. */
  public static final class Score {
    public int tp;
    public int fp;
    public int fn;

    /** Precision (1 when nothing was predicted and nothing was expected). */
    public double precision() {
      return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
    }

    /** Recall (1 when nothing was expected). */
    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    /** F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The result of an evaluation. */
  public static final class Report {
    public final Map<String, Score> relations = new TreeMap<>();
    public final Map<String, Score> corpus = new TreeMap<>();
    public final Map<String, long[]> counts = new TreeMap<>();
    public final List<String> misses = new ArrayList<>();
    public final List<String> falsePositives = new ArrayList<>();
  }

  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    // a person's name is the canonical label or, as the gold convention asks, the document's own form of it: a
    // person whom every other document calls "Rafik al-Hariri" is "Rafik Hariri" where the text says so
    String local = "GRAPH ?g { ?lp a ng:LocalPerson ; rdfs:label ?own ; ng:document ?d . ?d schema:identifier ?doc } "
        + "GRAPH ngg:entities { ?lp ng:resolvesTo ?p . ?p rdfs:label ?canonical } "
        + "BIND(CONCAT(STR(?canonical), '\\t', STR(?own)) AS ?name) ";
    QUERIES.put("person", "SELECT DISTINCT ?doc ?a { " + local + " BIND(STR(?name) AS ?a) }");
    QUERIES.put("country", "SELECT DISTINCT ?doc ?a { GRAPH ?g { ?d schema:identifier ?doc ; schema:mentions ?c } "
        + "GRAPH ngg:vocabulary { ?c rdfs:label ?l } BIND(STR(?l) AS ?a) }");
    QUERIES.put("issue", "SELECT DISTINCT ?doc ?a { GRAPH ?g { ?d schema:identifier ?doc ; schema:about ?i } "
        + "BIND(STR(?i) AS ?a) }");
    QUERIES.put("role", "SELECT DISTINCT ?doc ?a ?b { " + local
        + " GRAPH ?g { ?m a ng:RoleStatement ; org:member ?lp ; org:role ?r } "
        + " GRAPH ?rg { ?r a org:Role ; rdfs:label ?pl } "
        + " BIND(STR(?pl) AS ?b) BIND(STR(?name) AS ?a) }");
    QUERIES.put("represents", "SELECT DISTINCT ?doc ?a ?b { " + local
        + " GRAPH ?g { ?lp ng:represents ?c } GRAPH ngg:vocabulary { ?c rdfs:label ?cl } "
        + " BIND(STR(?name) AS ?a) BIND(STR(?cl) AS ?b) }");
    // an organization is its name, acronym or any form the document writes, in one row per organization
    String forms = "{ ?o ng:nameForm ?of } UNION { ?o ng:acronym ?of } } ";
    String joined = "(CONCAT(STR(SAMPLE(?ol)), '\\t', GROUP_CONCAT(DISTINCT STR(?of); separator='\\t')) AS ?%s)";
    QUERIES.put("organization", "SELECT ?doc " + String.format(joined, "a") + " { GRAPH ?g { ?o a ng:Organization ; "
        + "ng:document ?d ; rdfs:label ?ol . ?d schema:identifier ?doc . " + forms + "} GROUP BY ?doc ?o");
    QUERIES.put("member", "SELECT ?doc (SAMPLE(?name) AS ?a) " + String.format(joined, "b") + " { " + local
        + " GRAPH ?g { ?m a ng:MembershipStatement ; org:member ?lp ; org:organization ?o . ?o rdfs:label ?ol . "
        + forms + "} GROUP BY ?doc ?lp ?o");
    String pairs = "SELECT DISTINCT ?doc ?a ?b { GRAPH ?g { ?e a ng:%s ; ng:modality ng:Happened ; ng:sideA ?la ; "
        + "ng:sideB ?lb ; ng:document ?d . ?d schema:identifier ?doc . ?la rdfs:label ?oa . ?lb rdfs:label ?ob } "
        + "GRAPH ngg:entities { ?la ng:resolvesTo ?pa . ?lb ng:resolvesTo ?pb . ?pa rdfs:label ?na . "
        + "?pb rdfs:label ?nb } FILTER(?pa != ?pb) "
        + "BIND(CONCAT(STR(?na), '\\t', STR(?oa)) AS ?a) BIND(CONCAT(STR(?nb), '\\t', STR(?ob)) AS ?b) }";
    QUERIES.put("met", String.format(pairs, "Meeting"));
    QUERIES.put("contact", String.format(pairs, "Contact"));
  }

  /** Evaluates the dataset against the gold facts. */
  public static Report evaluate(DatasetGraph dsg, List<GoldFile.Fact> gold) {
    Report report = new Report();
    Set<String> goldDocs = new TreeSet<>();
    Map<String, List<GoldFile.Fact>> byRelation = new TreeMap<>();
    Map<String, List<GoldFile.Fact>> corpusByRelation = new TreeMap<>();
    for (GoldFile.Fact f : gold) {
      if (f.doc().equals("*")) {
        corpusByRelation.computeIfAbsent(f.relation(), k -> new ArrayList<>()).add(f);
      } else {
        goldDocs.add(f.doc());
        byRelation.computeIfAbsent(f.relation(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<GoldFile.Fact>> e : byRelation.entrySet()) {
      List<Predicted> predicted = predicted(dsg, e.getKey());
      Score s = new Score();
      compare(e.getKey(), e.getValue(), predicted, goldDocs, false, s, report);
      report.relations.put(e.getKey(), s);
    }
    if (byRelation.containsKey("person")) {
      report.corpus.put("merge", merges(dsg, byRelation.get("person"), report));
    }
    for (Map.Entry<String, List<GoldFile.Fact>> e : corpusByRelation.entrySet()) {
      Score s = new Score();
      if (e.getKey().equals("persons")) {
        long want = Long.parseLong(e.getValue().get(0).args().get(0).get(0));
        long have = count(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ngg:entities { ?p a ng:Person } }");
        report.counts.put("persons", new long[] {want, have});
        if (want == have) {
          s.tp = 1;
        } else {
          s.fn = 1;
          s.fp = 1;
          report.misses.add("* persons: expected " + want + ", found " + have);
        }
      } else {
        List<Predicted> predicted = new ArrayList<>();
        for (Predicted p : predicted(dsg, e.getKey())) {
          predicted.add(new Predicted("*", p.a(), p.b()));
        }
        compare(e.getKey(), e.getValue(), predicted, Set.of("*"), true, s, report);
      }
      report.corpus.put(e.getKey(), s);
    }
    return report;
  }

  private static void compare(String relation, List<GoldFile.Fact> gold, List<Predicted> predicted,
      Set<String> docs, boolean corpus, Score s, Report report) {
    Map<GoldFile.Fact, Boolean> found = new LinkedHashMap<>();
    for (GoldFile.Fact g : gold) {
      found.put(g, false);
    }
    Set<String> falsePos = new LinkedHashSet<>();
    Map<String, List<GoldFile.Fact>> goldByDoc = new HashMap<>();
    for (GoldFile.Fact g : gold) {
      goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
    }
    for (Predicted p : predicted) {
      if (!docs.contains(p.doc())) {
        continue;
      }
      boolean matched = false;
      for (GoldFile.Fact g : goldByDoc.getOrDefault(p.doc(), List.of())) {
        if (matches(g, p)) {
          found.put(g, true);
          matched = true;
        }
      }
      if (!matched) {
        String shown = relation.equals("issue") ? topicShown(p.a())
            : shown(p.a()) + (p.b() != null ? " — " + shown(p.b()) : "");
        String key = p.doc() + "\t" + (GoldFile.SYMMETRIC.contains(relation) && p.b() != null
            ? sortedPair(GoldFile.norm(shown(p.a())), GoldFile.norm(shown(p.b()))) : GoldFile.norm(shown));
        if (falsePos.add(key)) {
          report.falsePositives.add((corpus ? "* " : "") + relation + " " + p.doc() + ": " + shown);
        }
      }
    }
    for (Map.Entry<GoldFile.Fact, Boolean> e : found.entrySet()) {
      if (e.getValue()) {
        s.tp++;
      } else {
        s.fn++;
        report.misses.add((corpus ? "* " : "") + relation + " " + e.getKey().doc() + ": " + e.getKey().show());
      }
    }
    s.fp += falsePos.size();
  }

  private static String sortedPair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static boolean matches(GoldFile.Fact g, Predicted p) {
    if (g.relation().equals("issue")) {
      return topicMatches(g.args().get(0), p.a());
    }
    if (g.args().size() == 1) {
      return any(g.args().get(0), p.a());
    }
    if (p.b() == null) {
      return false;
    }
    boolean direct = any(g.args().get(0), p.a()) && any(g.args().get(1), p.b());
    if (direct) {
      return true;
    }
    return GoldFile.SYMMETRIC.contains(g.relation()) && any(g.args().get(0), p.b()) && any(g.args().get(1), p.a());
  }

  /**
   * Whether a predicted issue concept matches a gold issue: it is one of the listed codes ({@code medtop:NNNNNNNN})
   * or lies below one, or one of the listed spellings is its prefLabel or one of its altLabels.
   */
  static boolean topicMatches(List<String> alternatives, String concept) {
    TopicScheme scheme = TopicScheme.shipped();
    TopicScheme.Concept c = scheme.concept(concept);
    if (c == null) {
      return any(alternatives, concept);
    }
    Set<String> labels = new HashSet<>();
    labels.add(GoldFile.norm(c.prefLabel()));
    c.altLabels().forEach(l -> labels.add(GoldFile.norm(l)));
    for (String a : alternatives) {
      if (a.matches("(?i)(medtop|ngi):\\S+")) {
        String code = scheme.find(a);
        if (code != null && scheme.within(concept, code)) {
          return true;
        }
      } else if (labels.contains(GoldFile.norm(a))) {
        return true;
      }
    }
    return false;
  }

  private static String topicShown(String concept) {
    TopicScheme.Concept c = TopicScheme.shipped().concept(concept);
    return c == null ? concept : c.prefLabel() + " (" + c.code() + ")";
  }

  /** Whether one of the gold spellings is the predicted value, or one of its forms (tab-separated). */
  private static boolean any(List<String> alternatives, String value) {
    for (String form : value.split("\t")) {
      String v = GoldFile.norm(form);
      for (String a : alternatives) {
        if (GoldFile.norm(a).equals(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first form of a predicted value, as reports show it. */
  private static String shown(String value) {
    int tab = value == null ? -1 : value.indexOf('\t');
    return tab < 0 ? value : value.substring(0, tab);
  }

  /**
   * Pairwise cross-document resolution over the gold people: two gold people of different documents are one
   * person when their first aliases are equal; the system merged them when their documents' people resolve to one
   * canonical person. tp: merged and one; fp: merged but two; fn: one but not merged.
   */
  static Score merges(DatasetGraph dsg, List<GoldFile.Fact> people, Report report) {
    Map<String, List<SystemPerson>> byDoc = new HashMap<>();
    Query q = SafeQuery.parse(AskService.prefixes() + "SELECT DISTINCT ?doc ?a ?p { GRAPH ?g { ?lp a ng:LocalPerson ; "
        + "ng:document ?d . ?d schema:identifier ?doc } GRAPH ngg:entities { ?lp ng:resolvesTo ?p . ?p rdfs:label "
        + "?name } BIND(STR(?name) AS ?a) }", 0);
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 300_000)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution x = rs.next();
        byDoc.computeIfAbsent(x.getLiteral("doc").getString(), k -> new ArrayList<>()).add(new SystemPerson(
            x.getLiteral("a").getString(), x.getResource("p").getURI()));
      }
    }
    List<GoldPerson> gold = new ArrayList<>();
    for (GoldFile.Fact f : people) {
      String system = null;
      for (SystemPerson row : byDoc.getOrDefault(f.doc(), List.of())) {
        if (any(f.args().get(0), row.label())) {
          system = row.iri();
          break;
        }
      }
      gold.add(new GoldPerson(f.doc(), GoldFile.norm(f.args().get(0).get(0)), system));
    }
    Score s = new Score();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        GoldPerson a = gold.get(i);
        GoldPerson b = gold.get(j);
        if (a.doc().equals(b.doc())) {
          continue;
        }
        boolean same = a.key().equals(b.key());
        boolean merged = a.system() != null && a.system().equals(b.system());
        if (same && merged) {
          s.tp++;
        } else if (merged) {
          s.fp++;
          report.falsePositives.add("merge " + a.doc() + " " + b.doc() + ": " + a.key() + " — " + b.key());
        } else if (same) {
          s.fn++;
          report.misses.add("merge " + a.doc() + " " + b.doc() + ": " + a.key() + (a.system() == null
              || b.system() == null ? " (not found)" : ""));
        }
      }
    }
    return s;
  }

  /** A person of a document as the system resolved it: the canonical label and IRI. */
  private record SystemPerson(String label, String iri) {
  }

  /** A gold person of a document: its first alias, normalized, and the system person found for it (or null). */
  private record GoldPerson(String doc, String key, String system) {
  }

  /**
   * One predicted fact: its document, its first argument and its second (null for one-argument relations); a
   * person argument may carry several forms, tab-separated.
   */
  record Predicted(String doc, String a, String b) {
  }

  private static List<Predicted> predicted(DatasetGraph dsg, String relation) {
    String text = QUERIES.get(relation);
    List<Predicted> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Query q = SafeQuery.parse(AskService.prefixes() + text, 0);
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 300_000)) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        String b = s.contains("b") ? s.getLiteral("b").getString() : null;
        out.add(new Predicted(s.getLiteral("doc").getString(), s.getLiteral("a").getString(), b));
      }
    }
    return out;
  }

  private static long count(DatasetGraph dsg, String text) {
    Query q = SafeQuery.parse(AskService.prefixes() + text, 0);
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 300_000)) {
      return qe.execSelect().next().getLiteral("n").getLong();
    }
  }
}
