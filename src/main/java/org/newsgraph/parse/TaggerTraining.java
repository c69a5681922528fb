package org.newsgraph.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;


/**
 * Trains the shipped part-of-speech tagger: OpenNLP's perceptron on UD English-EWT train, with UPOS tags, a tag
 * dictionary (the tags seen for each word of three or more occurrences) and a richer feature set than OpenNLP's
 * default ({@code pos-features.xml}: suffixes and prefixes, a token window, token classes and bigrams around the
 * word). It is 0.945 accurate on EWT test where the UD model of Maven Central is 0.919, and the parser's accuracy
 * follows the tagger's. Deterministic: the same file gives the same model.
 *
 * <pre>
 * POSModel m = TaggerTraining.create().iterations(300).train(Treebank.read(Path.of("en_ewt-ud-train.conllu")));
 * </pre>
 */
public final class TaggerTraining {
  /** Words seen fewer times than this get no tag-dictionary entry. */
  public static final int DICTIONARY_CUTOFF = 3;

  private int iterations = 300;
  private Consumer<String> log = m -> { };

  private TaggerTraining() {
  }

  /** A training run with the defaults (perceptron, 300 iterations). */
  public static TaggerTraining create() {
    return new TaggerTraining();
  }

  /** Perceptron iterations. */
  public TaggerTraining iterations(int n) {
    this.iterations = Math.max(1, n);
    return this;
  }

  /** Progress messages. */
  public TaggerTraining log(Consumer<String> l) {
    this.log = l;
    return this;
  }

  /** Trains a model on these sentences (their forms and UPOS tags). */
  public POSModel train(List<Treebank.Sentence> sentences) throws IOException {
    List<POSSample> samples = new ArrayList<>(sentences.size());
    Map<String, SortedSet<String>> tags = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Treebank.Sentence s : sentences) {
      samples.add(new POSSample(s.forms(), s.tags()));
      for (int i = 0; i < s.size(); i++) {
        tags.computeIfAbsent(s.forms()[i], k -> new TreeSet<>()).add(s.tags()[i]);
        counts.merge(s.forms()[i], 1, Integer::sum);
      }
    }
    POSDictionary dict = new POSDictionary(true);
    for (Map.Entry<String, SortedSet<String>> e : tags.entrySet()) {
      if (counts.get(e.getKey()) >= DICTIONARY_CUTOFF) {
        dict.put(e.getKey(), e.getValue().toArray(new String[0]));
      }
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    p.put(TrainingParameters.CUTOFF_PARAM, 0);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    log.accept("training a tagger on " + sentences.size() + " sentences");
    return POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples), p,
        new POSTaggerFactory(features(), new HashMap<>(), dict));
  }

  /** Trains on a CoNLL-U file and writes the model. */
  public void trainTo(Path train, Path output) throws IOException {
    POSModel m = train(Treebank.read(train));
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      m.serialize(out);
    }
  }

  private static byte[] features() {
    try (InputStream in = TaggerTraining.class.getResourceAsStream("pos-features.xml")) {
      if (in == null) {
        throw new IllegalStateException("pos-features.xml missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
