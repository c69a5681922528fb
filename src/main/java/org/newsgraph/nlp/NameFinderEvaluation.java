package org.newsgraph.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Exact-span evaluation of a name-finder model over an OpenNLP name-sample file, per type. Only the
 * types that the file annotates are scored, so a file without norp does not count norp predictions as
 * false positives.
 *
 * <pre>
 * Map&lt;String, Score&gt; scores = NameFinderEvaluation.evaluate(model, Path.of("conll03-test.opennlp"));
 * </pre>
 */
public final class NameFinderEvaluation {
  private NameFinderEvaluation() {
  }

  /** Counts and ratios for one type. */
  public record Score(int tp, int fp, int fn) {
    /** Precision, or 0 with no predictions. */
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** Recall, or 0 with no gold. */
    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Scores per type, plus "overall" over the scored types. */
  public static Map<String, Score> evaluate(TokenNameFinderModel model, Path file) throws IOException {
    List<NameSample> samples = NameFinderTraining.readSamples(file);
    Set<String> types = new TreeSet<>();
    for (NameSample s : samples) {
      for (Span n : s.getNames()) {
        types.add(n.getType());
      }
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (String t : types) {
      counts.put(t, new int[3]);
    }
    DocumentNameFinder finder = new DocumentNameFinder(model);
    List<List<NameSample>> docs = new ArrayList<>();
    for (NameSample s : samples) {
      if (s.isClearAdaptiveDataSet() || docs.isEmpty()) {
        docs.add(new ArrayList<>());
      }
      docs.get(docs.size() - 1).add(s);
    }
    List<NameSample> ordered = new ArrayList<>();
    List<Span[]> predicted = new ArrayList<>();
    for (List<NameSample> doc : docs) {
      List<String[]> sentences = new ArrayList<>();
      for (NameSample s : doc) {
        sentences.add(s.getSentence());
      }
      ordered.addAll(doc);
      predicted.addAll(finder.find(sentences));
    }
    for (int k = 0; k < ordered.size(); k++) {
      NameSample s = ordered.get(k);
      Set<Span> gold = new HashSet<>();
      for (Span n : s.getNames()) {
        gold.add(n);
      }
      Set<Span> pred = new HashSet<>();
      for (Span n : predicted.get(k)) {
        if (types.contains(n.getType())) {
          pred.add(new Span(n.getStart(), n.getEnd(), n.getType()));
        }
      }
      for (Span p : pred) {
        counts.get(p.getType())[gold.contains(p) ? 0 : 1]++;
      }
      for (Span g : gold) {
        if (!pred.contains(g)) {
          counts.get(g.getType())[2]++;
        }
      }
    }
    Map<String, Score> out = new TreeMap<>();
    Score all = new Score(0, 0, 0);
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Score sc = new Score(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
      out.put(e.getKey(), sc);
      all = all.plus(sc);
    }
    out.put("overall", all);
    return out;
  }
}
