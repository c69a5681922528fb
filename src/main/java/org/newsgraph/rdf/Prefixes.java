package org.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes newsgraph writes in Turtle and TriG. */
public final class Prefixes {
  private Prefixes() {
  }

  private static final String[][] ALL = {
      {"ng", Vocab.NG}, {"ngid", Vocab.ID}, {"schema", Vocab.SCHEMA}, {"prov", Vocab.PROV}, {"org", Vocab.ORG},
      {"skos", Vocab.SKOS}, {"nif", Vocab.NIF}, {"rdfs", Vocab.RDFS}, {"rdf", Vocab.RDF}, {"xsd", Vocab.XSD}};

  /** Adds the prefixes to a Jena prefix mapping. */
  public static void addTo(PrefixMapping pm) {
    for (String[] p : ALL) {
      pm.setNsPrefix(p[0], p[1]);
    }
  }

  /** Calls {@code action} with each prefix and namespace. */
  public static void forEach(java.util.function.BiConsumer<String, String> action) {
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
