package org.newsgraph.doc;

import java.util.List;
import java.util.Set;

/**
 * The topics of one document: the concepts it is substantially about, ranked, each with its evidence; every term
 * found in its sentences; and the concepts of each quotation (the events' concepts are on the events).
 *
 * @param article the article's topics, best first
 * @param terms every term match, in text order
 * @param quotes the concepts of each quotation, in the order of the document's quotes
 */
public record Topics(List<Topic> article, List<Term> terms, List<Set<String>> quotes) {

  /** No topics. */
  public static final Topics NONE = new Topics(List.of(), List.of(), List.of());

  /**
   * One topic of the article: a concept IRI with a score (the sum over its sentences of the best term weight),
   * a confidence in [0, 1], its rank (1 = first), and the sentences and terms that triggered it.
   */
  public record Topic(String concept, double score, double confidence, int rank, List<Integer> sentences,
      List<String> terms) {
  }

  /** A term in the text: tokens {@code [start, end)} of a sentence, naming a concept. */
  public record Term(int sentence, int start, int end, String text, String concept, double weight) {
  }
}
