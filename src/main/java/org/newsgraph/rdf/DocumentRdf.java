package org.newsgraph.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The graph of one document, as the store writes it: its ID, graph IRI and text hash, its quads, and counts for
 * the ingest summary. A value: the store depends on it, not on the converter that makes it ({@link DocumentToRdf}).
 *
 * @param id the document ID
 * @param graph the named graph's IRI
 * @param hash the hash of the cleaned text
 * @param quads the quads of the graph
 * @param sentences sentences in the document
 * @param tokens tokens in the document
 * @param mentions mentions written
 * @param facts statements written
 * @param warnings warnings about the input
 */
public record DocumentRdf(String id, Node graph, String hash, List<Quad> quads, int sentences, int tokens,
    int mentions, int facts, List<String> warnings) {
}
