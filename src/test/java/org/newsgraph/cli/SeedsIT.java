package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/** The foundation's "done when": ingest the seeds, find the people, re-ingest, export, validate. */
class SeedsIT {
  @TempDir
  static Path dir;
  static Path store;
  static Cli.Run first;

  @BeforeAll
  static void ingest() {
    store = dir.resolve("store");
    first = Cli.run(store, "ingest", Cli.seeds().toString());
    assertEquals(0, first.code(), first.err());
  }

  @Test
  void summaryCountsWhatWasIngested() {
    assertEquals(2, Cli.value(first.out(), "documents"));
    assertTrue(Cli.value(first.out(), "sentences") > 50);
    assertTrue(Cli.value(first.out(), "tokens") > 1500);
    assertTrue(Cli.value(first.out(), "facts") > 20);
    assertEquals(6, Cli.value(first.out(), "people"));
    assertTrue(first.out().contains("seconds: "));
  }

  @Test
  void sparqlFindsTheSixPeopleWithRolesAndCountries() {
    Cli.Run r = Cli.run(store, "query", "--format", "csv", """
        SELECT ?name ?role ?country {
          GRAPH ngg:entities { ?p a ng:Person ; rdfs:label ?name . ?lp ng:resolvesTo ?p }
          GRAPH ?g { ?m org:member ?lp ; org:role ?r . ?lp ng:represents ?c }
          GRAPH ngg:vocabulary { ?r rdfs:label ?role . ?c rdfs:label ?country }
        } ORDER BY ?name ?role ?country"""
        .replace("SELECT", "PREFIX ngg: <https://w3id.org/newsgraph/graph/>\nSELECT"));
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    for (String row : List.of("Vladimir Putin,president,Russia", "Dmitry Medvedev,president-elect,Russia",
        "Bush,president,United States", "Condoleezza Rice,secretary of state,United States",
        "Robert Gates,defense secretary,United States", "Geoff Morrell,spokesman,United States")) {
      assertTrue(out.contains(row), "missing " + row + " in\n" + out);
    }
  }

  @Test
  void reingestIsANoOp() {
    long before = Cli.value(Cli.run(store, "stats").out(), "quads");
    Cli.Run again = Cli.run(store, "ingest", Cli.seeds().toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(0, Cli.value(again.out(), "documents"));
    assertEquals(2, Cli.value(again.out(), "unchanged"));
    assertEquals(before, Cli.value(again.out(), "quads"));
    assertEquals(before, Cli.value(Cli.run(store, "stats").out(), "quads"));
  }

  @Test
  void statsPrintsTheCounts() {
    Cli.Run r = Cli.run(store, "stats");
    assertEquals(0, r.code(), r.err());
    assertEquals(2, Cli.value(r.out(), "documents"));
    assertEquals(6, Cli.value(r.out(), "people"));
    assertEquals(6, Cli.value(r.out(), "countries"));
    assertTrue(Cli.value(r.out(), "roles") >= 6);
    assertEquals(4, Cli.value(r.out(), "issues"));
    assertTrue(Cli.value(r.out(), "issues discussed") >= 4);
    assertTrue(Cli.value(r.out(), "issue concepts in the vocabulary") > 10, "used concepts and their ancestors");
    Cli.Run t = Cli.run(store, "stats", "--topics");
    assertEquals(0, t.code(), t.err());
    assertTrue(t.out().contains("\n          ngi:missile-defense  missile defense  2  "), t.out());
    assertTrue(Cli.value(r.out(), "quads") > 1000);
  }

  @Test
  void turtleExportRoundTripsAndConformsToTheShapes() throws Exception {
    Path file = dir.resolve("graph.ttl");
    Cli.Run r = Cli.run(store, "export", "--output", file.toString());
    assertEquals(0, r.code(), r.err());
    Graph exported = GraphFactory.createDefaultGraph();
    RDFParser.source(file).lang(Lang.TURTLE).strict(true).parse(exported);
    Cli.Run nq = Cli.run(store, "export", "--format", "nquads");
    Graph union = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(nq.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS)
        .parse(new StreamRDFBase() {
          @Override
          public void quad(Quad q) {
            union.add(q.asTriple());
          }
        });
    assertTrue(exported.isIsomorphicWith(union), "Turtle export is not isomorphic to the store");
    Shapes shapes = Shapes.parse(RDFParser.source(Path.of("ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph());
    ValidationReport report = ShaclValidator.get().validate(shapes, exported);
    assertTrue(report.conforms(), () -> {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      ShLib.printReport(b, report);
      return b.toString(StandardCharsets.UTF_8);
    });
    assertTrue(Files.size(file) > 10_000);
  }

  /** The export carries the IPTC IRIs; its vocabulary holds only the concepts in use and their broader ones. */
  @Test
  void theExportHoldsTheIptcConceptsInUseAndTheirAncestorsOnly() {
    Cli.Run nq = Cli.run(store, "export", "--format", "nquads");
    assertEquals(0, nq.code(), nq.err());
    var ds = DatasetGraphFactory.create();
    RDFParser.fromString(nq.out(), Lang.NQUADS).parse(ds);
    Node vocab = Vocab.VOCABULARY_GRAPH;
    Node concept = SKOS.Concept.asNode();
    Set<String> held = new TreeSet<>();
    ds.find(vocab, Node.ANY, RDF.type.asNode(), concept)
        .forEachRemaining(q -> held.add(q.getSubject().getURI()));
    TopicScheme scheme = TopicScheme.shipped();
    Set<String> want = new TreeSet<>();
    for (String p : List.of(Vocab.SCHEMA + "about", NG.NS + "about")) {
      ds.find(Node.ANY, Node.ANY,
          NodeFactory.createURI(p), Node.ANY)
          .forEachRemaining(q -> want.addAll(scheme.ancestorsAndSelf(q.getObject().getURI())));
    }
    Set<String> issues = new TreeSet<>(held);
    issues.removeIf(c -> scheme.concept(c) == null);
    assertEquals(want, issues);
    assertTrue(issues.contains("http://cv.iptc.org/newscodes/mediatopic/20000602"), issues.toString());
    assertTrue(nq.out().contains("<http://cv.iptc.org/newscodes/mediatopic/20000602> "
        + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"military weaponry and equipment\"@en"));
    assertTrue(nq.out().contains("<http://creativecommons.org/licenses/by/4.0/>"), "IPTC's licence is carried");
  }

  @Test
  void everyExportFormatParses() {
    for (String[] f : List.of(new String[] {"trig", "TriG"}, new String[] {"nquads", "N-Quads"},
        new String[] {"jsonld", "JSON-LD"}, new String[] {"turtle", "Turtle"})) {
      Cli.Run r = Cli.run(store, "export", "--format", f[0], "--doc", "cbs-putin-rice-missile");
      assertEquals(0, r.code(), r.err());
      var ds = DatasetGraphFactory.create();
      RDFParser.fromString(r.out(), RDFLanguages.nameToLang(f[1])).parse(ds);
      assertTrue(ds.stream().count() > 100, f[0]);
    }
  }

  @Test
  void exportParsesInAnIndependentParser() throws Exception {
    boolean haveRapper = new ProcessBuilder("sh", "-c", "command -v rapper").start().waitFor() == 0;
    if (!haveRapper) {
      Assumptions.assumeFalse("true".equals(System.getenv("CI")) == false,
          "rapper (raptor2-utils) is not installed");
      throw new AssertionError("CI must have rapper: .ci/run installs raptor2-utils");
    }
    for (String[] f : List.of(new String[] {"turtle", "turtle", "ttl"}, new String[] {"trig", "trig", "trig"},
        new String[] {"nquads", "nquads", "nq"})) {
      Path file = dir.resolve("rapper." + f[2]);
      assertEquals(0, Cli.run(store, "export", "--format", f[0], "--output", file.toString()).code());
      Process p = new ProcessBuilder("rapper", "-i", f[1], "-c", file.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertTrue(out.matches("(?s).*returned [1-9][0-9]+ (triples|statements).*"), out);
    }
  }

  @Test
  void whoMetWhomAsDotAndGraphml() throws Exception {
    Cli.Run dot = Cli.run(store, "export", "--format", "dot");
    assertEquals(0, dot.code(), dot.err());
    assertEquals(4, dot.out().lines().filter(l -> l.contains("kind=met, style=solid")).count(), dot.out());
    assertEquals(1, dot.out().lines().filter(l -> l.contains("kind=contact, style=dashed")).count(), dot.out());
    assertTrue(dot.out().contains("country=\"Russia\""), dot.out());
    assertTrue(dot.out().contains("issues=\"missile defense\""), dot.out());
    // Pentagon spokesman Geoff Morrell: a post in an organization, an organization node and a dotted edge
    assertTrue(dot.out().contains("\"id/organization/pentagon\" [label=\"Pentagon\", shape=ellipse, "
        + "type=organization]"), dot.out());
    assertEquals(1, dot.out().lines().filter(l -> l.contains("kind=member, style=dotted")).count(), dot.out());
    if (new ProcessBuilder("sh", "-c", "command -v dot").start().waitFor() == 0) {
      Path f = dir.resolve("g.dot");
      Files.writeString(f, dot.out());
      Process p = new ProcessBuilder("dot", "-Tsvg", f.toString()).redirectErrorStream(true).start();
      String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), svg);
      assertTrue(svg.contains("<svg") && svg.contains("Vladimir Putin"), svg);
    }
    Cli.Run gml = Cli.run(store, "export", "--format", "graphml");
    assertEquals(0, gml.code(), gml.err());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(gml.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals(7, doc.getElementsByTagName("node").getLength(), "five who met, Morrell and the Pentagon");
    assertEquals(6, doc.getElementsByTagName("edge").getLength());
    assertTrue(gml.out().contains("<data key=\"type\">organization</data>"), gml.out());
  }

  @Test
  void exportOfAnUnknownDocumentFails() {
    Cli.Run r = Cli.run(store, "export", "--doc", "no-such-doc");
    assertEquals(ExitCodes.DATA, r.code());
    assertTrue(r.err().contains("no document with ID no-such-doc"), r.err());
  }
}
