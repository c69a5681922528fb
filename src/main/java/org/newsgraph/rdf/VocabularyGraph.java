package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.TopicScheme;

/**
 * The vocabulary graph: countries, roles, and the issue concepts in use (IPTC Media Topics and newsgraph's finer
 * concepts, with their broader concepts and their schemes' rights and licence), with their labels.
 */
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
    for (Triple t : TopicScheme.shipped().schemes()) {
      dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
    }
  }

  /**
   * Who uses each issue concept through {@code property} ({@code schema:about}, {@code ng:about}): concept IRI to the
   * set of "graph subject" keys of its users, each use counted for the concept and all its broader concepts.
   */
  public static Map<String, Set<String>> topicUses(DatasetGraph dsg, Node property) {
    TopicScheme scheme = TopicScheme.shipped();
    Map<String, Set<String>> out = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
      if (q.getObject().isURI() && scheme.concept(q.getObject().getURI()) != null) {
        for (String a : scheme.ancestorsAndSelf(q.getObject().getURI())) {
          out.computeIfAbsent(a, k -> new HashSet<>()).add(q.getGraph() + " " + q.getSubject());
        }
      }
    });
    return out;
  }

  /**
   * Makes the vocabulary graph hold exactly the issue concepts in use (objects of {@code schema:about} and
   * {@code ng:about} in any document graph, and of {@code ng:denotes} for a term) and their broader concepts:
   * adds those missing, removes those no longer used. Returns the number of concepts held.
   */
  public static int syncTopics(DatasetGraph dsg) {
    TopicScheme scheme = TopicScheme.shipped();
    Node g = Vocab.VOCABULARY_GRAPH;
    Set<String> want = new TreeSet<>();
    for (Node p : List.of(Vocab.schema("about"), NG.about, NG.topic)) {
      want.addAll(topicUses(dsg, p).keySet());
    }
    Node concept = Vocab.skos("Concept");
    Set<String> have = new TreeSet<>();
    dsg.find(g, Node.ANY, TYPE, concept).forEachRemaining(q -> {
      if (scheme.concept(q.getSubject().getURI()) != null) {
        have.add(q.getSubject().getURI());
      }
    });
    for (String c : have) {
      if (!want.contains(c)) {
        dsg.deleteAny(g, NodeFactory.createURI(c), Node.ANY, Node.ANY);
        dsg.deleteAny(g, Node.ANY, Vocab.skos("narrower"), NodeFactory.createURI(c));
      }
    }
    Node narrower = Vocab.skos("narrower");
    for (String c : want) {
      if (!have.contains(c)) {
        for (Triple t : scheme.describe(c)) {
          dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
      // narrower links only between concepts the graph holds: the tree can be walked down as well as up
      String b = scheme.concept(c).broader();
      if (b != null && want.contains(b)) {
        dsg.add(g, NodeFactory.createURI(b), narrower, NodeFactory.createURI(c));
      }
    }
    return want.size();
  }
}
