package org.newsgraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import org.newsgraph.doc.CountryCode;
import org.newsgraph.doc.RoleId;

/** Every IRI that newsgraph writes: its own namespace and the standard vocabularies it reuses. */
public final class Vocab {
  private Vocab() {
  }

  /** Base of all newsgraph IRIs. */
  public static final String BASE = "https://w3id.org/newsgraph/";
  /** The newsgraph ontology namespace. */
  public static final String NG = BASE + "ontology#";
  /** Canonical entities: people, countries, roles, posts, issues. */
  public static final String ID = BASE + "id/";
  /** schema.org. */
  public static final String SCHEMA = "https://schema.org/";
  /** PROV-O. */
  public static final String PROV = "http://www.w3.org/ns/prov#";
  /** W3C ORG. */
  public static final String ORG = "http://www.w3.org/ns/org#";
  /** SKOS. */
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  /** NIF 2.0 core. */
  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  /** RDFS. */
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  /** RDF. */
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  /** XSD. */
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  /** OWL. */
  public static final String OWL = "http://www.w3.org/2002/07/owl#";

  /** The named graph of canonical people and merge explanations, derived from the document graphs. */
  public static final Node ENTITIES_GRAPH = iri(BASE + "graph/entities");
  /** The named graph of vocabulary: countries, roles, issues (SKOS). */
  public static final Node VOCABULARY_GRAPH = iri(BASE + "graph/vocabulary");
  /** The named graph of user curation: pairs kept apart by the resolver. */
  public static final Node CURATION_GRAPH = iri(BASE + "graph/curation");

  /** An IRI node. */
  public static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  /** A term of the newsgraph ontology. */
  public static Node ng(String local) {
    return iri(NG + local);
  }

  /** A schema.org term. */
  public static Node schema(String local) {
    return iri(SCHEMA + local);
  }

  /** A PROV-O term. */
  public static Node prov(String local) {
    return iri(PROV + local);
  }

  /** A W3C ORG term. */
  public static Node org(String local) {
    return iri(ORG + local);
  }

  /** A NIF term. */
  public static Node nif(String local) {
    return iri(NIF + local);
  }

  /** A SKOS term. */
  public static Node skos(String local) {
    return iri(SKOS + local);
  }

  /** rdf:type. */
  public static final Node TYPE = iri(RDF + "type");
  /** rdfs:label. */
  public static final Node LABEL = iri(RDFS + "label");

  /** The IRI of a document, from its ID. */
  public static Node document(String id) {
    return iri(BASE + "doc/" + encode(id));
  }

  /** The IRI of a document's named graph, from the hash of its text. */
  public static Node graph(String hash) {
    return iri(BASE + "graph/doc/" + hash);
  }

  /** A canonical country. */
  public static Node country(String code) {
    return iri(ID + "country/" + code);
  }

  /** An issue: an IPTC Media Topic or a finer newsgraph concept, by its IRI (SKOS concept). */
  public static Node topic(String iri) {
    return iri(iri);
  }

  /** A canonical country. */
  public static Node country(CountryCode code) {
    return country(code.value());
  }

  /** A role (title). */
  public static Node role(String id) {
    return iri(ID + "role/" + id);
  }

  /** A role (title). */
  public static Node role(RoleId id) {
    return role(id.value());
  }

  /** A post: a role, in a country when known. */
  public static Node post(String role, String country) {
    return iri(ID + "post/" + role + (country == null ? "" : "/" + country));
  }

  /** A post: a role, in a country when known (null). */
  public static Node post(RoleId role, CountryCode country) {
    return post(role.value(), country == null ? null : country.value());
  }

  /** An organization named the same way across the corpus, by its key ({@code international-atomic-energy-agency}). */
  public static Node organization(String key) {
    return iri(ID + "organization/" + encode(key));
  }

  /** A canonical person. */
  public static Node person(String slug) {
    return iri(ID + "person/" + slug);
  }

  /**
   * The ID that an IRI minted here ends with: a country's code, a role's ID, a person's slug, a gender's name, a
   * sentence's number. The one place that takes IRIs apart, as the methods above are the one place that makes them.
   */
  public static String localId(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  /** The IRI of the sentence {@code offset} places after (or before) {@code sentence} in its document's graph. */
  public static Node sentenceBeside(String sentence, int offset) {
    int i = Integer.parseInt(localId(sentence));
    return i + offset < 0 ? null : iri(sentence.substring(0, sentence.lastIndexOf('/') + 1) + (i + offset));
  }

  /** Percent-encodes an IRI path segment. */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
