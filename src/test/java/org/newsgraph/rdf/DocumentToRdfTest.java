package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import org.newsgraph.NewsPipeline;
import org.newsgraph.doc.Document;
import org.newsgraph.lexicon.Gazetteers;

/**
 * The mapping of one annotated document to its named graph: every statement in the document's graph, tied to its
 * sentence, extractor and confidence, with the people, posts and countries it names.
 */
class DocumentToRdfTest {
  private static DocumentRdf convert(String text) {
    Document d = new Document("rdf-test", text, null, null, null);
    NewsPipeline.create().build().annotate(d);
    return DocumentToRdf.convert(d, Gazetteers.shipped());
  }

  private static Set<String> objects(List<Quad> quads, Node s, Node p) {
    Set<String> out = new TreeSet<>();
    for (Quad q : quads) {
      if (q.getSubject().equals(s) && q.getPredicate().equals(p)) {
        out.add(q.getObject().toString());
      }
    }
    return out;
  }

  private static Node subjectOfType(List<Quad> quads, Node type) {
    return quads.stream().filter(q -> q.getPredicate().getURI().endsWith("#type") && q.getObject().equals(type))
        .map(Quad::getSubject).findFirst().orElseThrow(() -> new AssertionError("no " + type));
  }

  @Test
  void everyStatementIsInTheDocumentsGraphWithItsProvenance() {
    DocumentRdf r = convert("Russian President Vladimir Putin met Secretary of State Condoleezza Rice in Moscow.");
    List<Quad> quads = r.quads();
    assertFalse(quads.isEmpty());
    assertTrue(quads.stream().allMatch(q -> q.getGraph().equals(r.graph())), "one named graph per document");
    Node role = subjectOfType(quads, NG.RoleStatement);
    assertEquals(1, objects(quads, role, Vocab.prov("wasDerivedFrom")).size(), "the sentence behind the fact");
    assertEquals(1, objects(quads, role, NG.extractor).size());
    assertEquals(1, objects(quads, role, NG.confidence).size());
    Node meeting = subjectOfType(quads, NG.Meeting);
    assertEquals(2, objects(quads, meeting, NG.participant).size());
  }

  @Test
  void aPostIsTheRoleInItsCountryAndThePersonRepresentsIt() {
    List<Quad> quads = convert("Russian President Vladimir Putin spoke in Moscow on Monday.").quads();
    Node post = Vocab.post("president", "RU");
    assertTrue(quads.stream().anyMatch(q -> q.getPredicate().equals(Vocab.org("holds")) && q.getObject()
        .equals(post)), "the person holds the post president of Russia");
    assertTrue(quads.stream().anyMatch(q -> q.getPredicate().equals(NG.represents) && q.getObject()
        .equals(Vocab.country("RU"))));
    assertEquals(Set.of(Vocab.country("RU").toString()), objects(quads, post, NG.country));
  }

  @Test
  void theGraphIsNamedFromTheIdAndTheTextAndTheSameInputGivesTheSameQuads() {
    String text = "Foreign Minister Ana Lind met President Tomas Berg.";
    DocumentRdf a = convert(text);
    DocumentRdf b = convert(text);
    assertEquals(a.graph(), b.graph());
    assertEquals(Set.copyOf(a.quads()), Set.copyOf(b.quads()));
    assertFalse(DocumentToRdf.graphKey("one", text).equals(DocumentToRdf.graphKey("two", text)),
        "two IDs with one text are two graphs");
  }
}
