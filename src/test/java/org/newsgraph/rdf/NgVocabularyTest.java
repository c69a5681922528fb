package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology agree: every constant is declared, and every declared term is used. */
class NgVocabularyTest {
  static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newsgraph.ttl");

  static List<String> constants() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : NG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType().equals(Node.class)) {
        out.add(((Node) f.get(null)).getURI());
      }
    }
    return out;
  }

  @Test
  void everyConstantIsDeclaredWithALabelAndAComment() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String uri : constants()) {
      Resource r = ONTOLOGY.createResource(uri);
      if (!ONTOLOGY.contains(r, RDF.type) || !ONTOLOGY.contains(r, RDFS.label) || !ONTOLOGY.contains(r, RDFS.comment)) {
        missing.add(uri);
      }
    }
    assertTrue(missing.size() == 0 && constants().size() > 50, "not declared with a label and a comment: " + missing);
  }

  @Test
  void everyDeclaredTermIsAConstantAndUsedOrDeprecated() throws Exception {
    Set<String> constants = new TreeSet<>(constants());
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|rq|js)"))
          .filter(p -> !p.getFileName().toString().equals("NG.java")).toList()) {
        code.append(Files.readString(f)).append('\n');
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<String> unused = new ArrayList<>();
    List<String> noConstant = new ArrayList<>();
    ONTOLOGY.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
      if (!r.isURIResource() || !r.getURI().startsWith(Vocab.NG)) {
        return;
      }
      String local = r.getURI().substring(Vocab.NG.length());
      if (!constants.contains(r.getURI())) {
        noConstant.add(local);
      }
      boolean used = Pattern.compile("NG\\." + local + "\\b|ng:" + local + "\\b").matcher(code).find();
      boolean superTerm = ONTOLOGY.contains(null, RDFS.subClassOf, r) || ONTOLOGY.contains(null, RDFS.domain, r)
          || ONTOLOGY.contains(null, RDFS.range, r) || ONTOLOGY.contains(null, RDF.type, r);
      if (!used && !superTerm && !r.hasLiteral(OWL.deprecated, true)) {
        unused.add(local);
      }
    });
    assertTrue(noConstant.isEmpty(), "terms without a constant in NG: " + noConstant);
    assertTrue(unused.isEmpty(), "declared in the ontology, used nowhere and not deprecated: " + unused);
  }
}
