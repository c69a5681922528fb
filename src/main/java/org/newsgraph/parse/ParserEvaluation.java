package org.newsgraph.parse;

import java.util.List;

import opennlp.tools.postag.POSModel;

import org.newsgraph.doc.DependencyTree;

/**
 * Attachment scores of a parser on a treebank: UAS (right head) and LAS (right head and full relation), over every
 * word, punctuation included, once with the treebank's tags and once with a tagger's.
 *
 * <pre>
 * ParserEvaluation.Score s = ParserEvaluation.score(parser, Treebank.read(test), null);
 * </pre>
 */
public final class ParserEvaluation {
  private ParserEvaluation() {
  }

  /** Scores over {@code words} words; {@code tagAccuracy} is 1 with gold tags. */
  public record Score(int words, int heads, int labelled, int rightTags, long nanos) {
    /** Unlabelled attachment score. */
    public double uas() {
      return words == 0 ? 0 : (double) heads / words;
    }

    /** Labelled attachment score. */
    public double las() {
      return words == 0 ? 0 : (double) labelled / words;
    }

    /** Share of words whose tag was right. */
    public double tagAccuracy() {
      return words == 0 ? 0 : (double) rightTags / words;
    }
  }

  /** Parses every sentence, with gold tags when {@code tagger} is null, else with the tagger's. */
  public static Score score(DependencyParser parser, List<Treebank.Sentence> gold, POSModel tagger) {
    List<Treebank.Sentence> input = tagger == null ? gold : ParserTraining.retag(gold, tagger);
    int words = 0;
    int heads = 0;
    int labelled = 0;
    int tags = 0;
    long t0 = System.nanoTime();
    for (int k = 0; k < gold.size(); k++) {
      Treebank.Sentence g = gold.get(k);
      Treebank.Sentence in = input.get(k);
      DependencyTree t = parser.parse(in.forms(), in.tags());
      for (int i = 0; i < g.size(); i++) {
        words++;
        tags += g.tags()[i].equals(in.tags()[i]) ? 1 : 0;
        if (t.head(i) == g.heads()[i]) {
          heads++;
          labelled += t.label(i).equals(g.labels()[i]) ? 1 : 0;
        }
      }
    }
    return new Score(words, heads, labelled, tags, System.nanoTime() - t0);
  }
}
