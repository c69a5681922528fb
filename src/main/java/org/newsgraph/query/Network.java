package org.newsgraph.query;

import java.io.PrintWriter;
import java.util.ArrayList;
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

import org.newsgraph.rdf.Vocab;

/**
 * The who-met-whom network of the store: canonical people with their countries, and one edge per pair and
 * kind (met, contact) with the issues discussed and the number of reports. Written as Graphviz DOT or
 * GraphML for Gephi and Cytoscape.
 *
 * <pre>
 * Network n = store.read(Network::of);
 * n.writeDot(out);
 * </pre>
 */
public final class Network {
  /** A person: label and countries. */
  public record Person(String id, String label, Set<String> countries) {
  }

  /** An organization: label. */
  public record Organization(String id, String label) {
  }

  /** An edge between two people (ids in order), or a person and an organization ({@code kind} member). */
  public record Edge(String source, String target, String kind, Set<String> issues, int reports) {
  }

  private final Map<String, Person> people = new TreeMap<>();
  private final Map<String, Organization> organizations = new TreeMap<>();
  private final List<Edge> edges = new ArrayList<>();

  private Network() {
  }

  /**
   * The people and edges of interactions that happened; with {@code posts}, also the organizations people hold
   * posts in, as member edges (and the people known only by their posts).
   */
  public static Network of(DatasetGraph dsg, boolean posts) {
    Network n = new Network();
    String q = AskService.prefixes() + """
        SELECT ?a ?b ?la ?lb ?kind (GROUP_CONCAT(DISTINCT COALESCE(STR(?il), ""); separator="|") AS ?issues)
               (COUNT(DISTINCT ?e) AS ?reports) {
          GRAPH ?g { ?e a ?kind ; ng:modality ng:Happened ; ng:sideA ?x ; ng:sideB ?y . }
          FILTER(?kind IN (ng:Meeting, ng:Contact))
          GRAPH ngg:entities { ?x ng:resolvesTo ?pa . ?y ng:resolvesTo ?pb . ?pa rdfs:label ?na . ?pb rdfs:label ?nb }
          OPTIONAL { GRAPH ?g { ?e ng:about ?i } GRAPH ngg:vocabulary { ?i skos:prefLabel ?il } }
          FILTER(?pa != ?pb)
          BIND(IF(STR(?pa) < STR(?pb), ?pa, ?pb) AS ?a)
          BIND(IF(STR(?pa) < STR(?pb), ?pb, ?pa) AS ?b)
          BIND(IF(STR(?pa) < STR(?pb), STR(?na), STR(?nb)) AS ?la)
          BIND(IF(STR(?pa) < STR(?pb), STR(?nb), STR(?na)) AS ?lb)
        } GROUP BY ?a ?b ?la ?lb ?kind ORDER BY ?a ?b ?kind""";
    for (QuerySolution s : select(dsg, q)) {
      String a = s.getResource("a").getURI();
      String b = s.getResource("b").getURI();
      n.people.putIfAbsent(a, new Person(a, s.getLiteral("la").getString(), new TreeSet<>()));
      n.people.putIfAbsent(b, new Person(b, s.getLiteral("lb").getString(), new TreeSet<>()));
      Set<String> issues = new TreeSet<>();
      String is = s.contains("issues") ? s.getLiteral("issues").getString() : "";
      for (String i : is.split("\\|")) {
        if (!i.isEmpty()) {
          issues.add(i);
        }
      }
      String kind = s.getResource("kind").getURI().endsWith("Meeting") ? "met" : "contact";
      n.edges.add(new Edge(a, b, kind, issues, s.getLiteral("reports").getInt()));
    }
    String m = AskService.prefixes() + """
        SELECT ?p ?o (SAMPLE(STR(?pl)) AS ?lp) (SAMPLE(STR(?ol)) AS ?lo) (COUNT(DISTINCT ?ms) AS ?reports) {
          GRAPH ?g { ?ms a ng:MembershipStatement ; org:member ?x ; org:organization ?o . ?o rdfs:label ?ol }
          GRAPH ngg:entities { ?x ng:resolvesTo ?p . ?p rdfs:label ?pl }
        } GROUP BY ?p ?o ORDER BY ?p ?o""";
    for (QuerySolution s : posts ? select(dsg, m) : List.<QuerySolution>of()) {
      String p = s.getResource("p").getURI();
      String o = s.getResource("o").getURI();
      n.people.putIfAbsent(p, new Person(p, s.getLiteral("lp").getString(), new TreeSet<>()));
      n.organizations.putIfAbsent(o, new Organization(o, s.getLiteral("lo").getString()));
      n.edges.add(new Edge(p, o, "member", Set.of(), s.getLiteral("reports").getInt()));
    }
    String c = AskService.prefixes() + """
        SELECT DISTINCT ?p ?cl { GRAPH ?g { ?lp ng:represents ?c } GRAPH ngg:entities { ?lp ng:resolvesTo ?p }
          GRAPH ngg:vocabulary { ?c rdfs:label ?cl } }""";
    for (QuerySolution s : select(dsg, c)) {
      Person p = n.people.get(s.getResource("p").getURI());
      if (p != null) {
        p.countries().add(s.getLiteral("cl").getString());
      }
    }
    return n;
  }

  private static List<QuerySolution> select(DatasetGraph dsg, String text) {
    Query q = SafeQuery.parse(text, 0);
    List<QuerySolution> out = new ArrayList<>();
    try (QueryExecution qe = SafeQuery.exec(dsg, q, Map.of(), 120_000)) {
      ResultSet rs = qe.execSelect();
      rs.forEachRemaining(out::add);
    }
    return out;
  }

  /** The people. */
  public Map<String, Person> people() {
    return people;
  }

  /** The organizations that people hold posts in. */
  public Map<String, Organization> organizations() {
    return organizations;
  }

  /** The edges. */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * Graphviz DOT: people as boxes, organizations as ellipses; met edges solid, contact edges dashed, posts in an
   * organization dotted; country and issues as attributes.
   */
  public void writeDot(PrintWriter out) {
    out.println("graph newsgraph {");
    out.println("  graph [overlap=false, splines=true, label=\"who met whom (solid: met, dashed: contact, dotted: "
        + "post in an organization)\"];");
    out.println("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
    for (Person p : people.values()) {
      String country = String.join(", ", p.countries());
      out.println("  " + dotId(p.id()) + " [label=" + dotString(p.label() + (country.isEmpty() ? "" : "\n" + country))
          + ", country=" + dotString(country) + ", type=person];");
    }
    for (Organization o : organizations.values()) {
      out.println("  " + dotId(o.id()) + " [label=" + dotString(o.label()) + ", shape=ellipse, type=organization];");
    }
    for (Edge e : edges) {
      String issues = String.join(", ", e.issues());
      out.println("  " + dotId(e.source()) + " -- " + dotId(e.target()) + " [kind=" + e.kind() + ", style="
          + switch (e.kind()) {
            case "met" -> "solid";
            case "contact" -> "dashed";
            default -> "dotted";
          } + ", label=" + dotString(issues) + ", issues=" + dotString(issues) + ", reports=" + e.reports() + "];");
    }
    out.println("}");
    out.flush();
  }

  /**
   * GraphML with node attributes label, type (person or organization) and country, edge attributes kind (met,
   * contact, member), issues and reports.
   */
  public void writeGraphml(PrintWriter out) {
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
    out.println("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>");
    out.println("  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>");
    out.println("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>");
    out.println("  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>");
    out.println("  <key id=\"issues\" for=\"edge\" attr.name=\"issues\" attr.type=\"string\"/>");
    out.println("  <key id=\"reports\" for=\"edge\" attr.name=\"reports\" attr.type=\"int\"/>");
    out.println("  <graph id=\"newsgraph\" edgedefault=\"undirected\">");
    for (Person p : people.values()) {
      out.println("    <node id=\"" + xml(p.id()) + "\"><data key=\"label\">" + xml(p.label())
          + "</data><data key=\"country\">" + xml(String.join(", ", p.countries()))
          + "</data><data key=\"type\">person</data></node>");
    }
    for (Organization o : organizations.values()) {
      out.println("    <node id=\"" + xml(o.id()) + "\"><data key=\"label\">" + xml(o.label())
          + "</data><data key=\"country\"></data><data key=\"type\">organization</data></node>");
    }
    int i = 0;
    for (Edge e : edges) {
      out.println("    <edge id=\"e" + i++ + "\" source=\"" + xml(e.source()) + "\" target=\"" + xml(e.target())
          + "\"><data key=\"kind\">" + e.kind() + "</data><data key=\"issues\">" + xml(String.join(", ", e.issues()))
          + "</data><data key=\"reports\">" + e.reports() + "</data></edge>");
    }
    out.println("  </graph>");
    out.println("</graphml>");
    out.flush();
  }

  /** A person's slug; an organization's path below the base, which two documents' local bodies keep apart. */
  private static String dotId(String iri) {
    return dotString(iri.contains("/organization/") ? iri.substring(Vocab.BASE.length()) : Vocab.localId(iri));
  }

  private static String dotString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String xml(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
