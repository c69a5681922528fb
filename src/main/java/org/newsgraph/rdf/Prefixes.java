package org.newsgraph.rdf;

import java.util.function.BiConsumer;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

/**
 * The one prefix table of newsgraph: what it writes in Turtle, TriG and JSON-LD, and what every SPARQL query may use
 * without declaring it, in the CLI, in {@code ask} templates and at the endpoint.
 *
 * <pre>
 * Query q = QueryFactory.create(Prefixes.sparql() + "SELECT * { ?p a ng:Person }");
 * </pre>
 */
public final class Prefixes {
  private Prefixes() {
  }

  private static final String[][] ALL = {
      {"ng", Vocab.NG}, {"ngg", Vocab.BASE + "graph/"}, {"ngid", Vocab.ID}, {"schema", Vocab.SCHEMA},
      {"prov", Vocab.PROV}, {"org", Vocab.ORG},
      {"skos", Vocab.SKOS}, {"nif", Vocab.NIF}, {"rdfs", Vocab.RDFS}, {"rdf", Vocab.RDF}, {"xsd", Vocab.XSD}};

  private static final String SPARQL = sparqlText();

  private static String sparqlText() {
    StringBuilder b = new StringBuilder();
    for (String[] p : ALL) {
      b.append("PREFIX ").append(p[0]).append(": <").append(p[1]).append(">\n");
    }
    return b.toString();
  }

  /** The table as SPARQL PREFIX lines, one per prefix. */
  public static String sparql() {
    return SPARQL;
  }

  /** Adds the prefixes to a Jena prefix mapping. */
  public static void addTo(PrefixMapping pm) {
    for (String[] p : ALL) {
      pm.setNsPrefix(p[0], p[1]);
    }
  }

  /** Calls {@code action} with each prefix and namespace. */
  public static void forEach(BiConsumer<String, String> action) {
    for (String[] p : ALL) {
      action.accept(p[0], p[1]);
    }
  }

  /** Adds the prefixes to a RIOT prefix map. */
  public static void addTo(PrefixMap pm) {
    for (String[] p : ALL) {
      pm.add(p[0], p[1]);
    }
  }
}
