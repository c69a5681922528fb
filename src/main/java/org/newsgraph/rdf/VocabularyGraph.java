package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.extract.Gazetteers;

/** The vocabulary graph: countries, roles and the SKOS issue scheme, with their labels. */
public final class VocabularyGraph {
  private VocabularyGraph() {
  }

  /** Writes the vocabulary graph if it is missing or out of date. */
  public static void ensure(DatasetGraph dsg, Gazetteers gaz) {
    Node g = Vocab.VOCABULARY_GRAPH;
    Node version = NodeFactory.createLiteralString(DocumentToRdf.EXTRACTOR_VERSION);
    Node self = Vocab.iri(Vocab.BASE + "graph/vocabulary");
    if (dsg.contains(g, self, NG.extractorVersion, version)) {
      return;
    }
    dsg.removeGraph(g);
    dsg.add(g, self, NG.extractorVersion, version);
    for (Map.Entry<String, String> c : gaz.countryNames().entrySet()) {
      Node n = Vocab.country(c.getKey());
      dsg.add(g, n, TYPE, Vocab.schema("Country"));
      dsg.add(g, n, TYPE, NG.Country);
      dsg.add(g, n, LABEL, NodeFactory.createLiteralLang(c.getValue(), "en"));
      dsg.add(g, n, NG.isoCode, NodeFactory.createLiteralString(c.getKey()));
    }
    for (Gazetteers.Role r : gaz.roleById().values()) {
      Node n = Vocab.role(r.id());
      dsg.add(g, n, TYPE, Vocab.org("Role"));
      dsg.add(g, n, TYPE, Vocab.skos("Concept"));
      dsg.add(g, n, LABEL, NodeFactory.createLiteralLang(r.label(), "en"));
      dsg.add(g, n, Vocab.skos("prefLabel"), NodeFactory.createLiteralLang(r.label(), "en"));
    }
    for (Triple t : gaz.issueScheme().getGraph().find().toList()) {
      dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
    }
  }
}
