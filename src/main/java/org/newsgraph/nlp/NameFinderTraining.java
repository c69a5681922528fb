package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

import org.newsgraph.pipeline.TextGuard;

/**
 * Trains the newsgraph name finder from OpenNLP name-sample files.
 *
 * <pre>
 * TokenNameFinderModel model = NameFinderTraining.create()
 *     .data(Path.of("../shared/ner/train"))
 *     .iterations(100)
 *     .train();
 * </pre>
 *
 * The training set is fixed by {@link #TRAINING_FILES}: only files whose licence allows a shipped model
 * (see shared/ner/README.md), with the norp-silver versions so that the norp type is learnt.
 */
public final class NameFinderTraining {
  static {
    ClusterFeatures.allow();
  }


  /**
   * Files under the data folder that the shipped model is trained on, in this order, with their options (see
   * {@link #samples()}). More files were measured on a development split of {@code train/} (README, Name finder):
   * UNER's web text and CrossNER's Wikipedia (its untagged places and bodies filled in by a first model, option
   * {@code :fill}) raise person F1 there, but lower it on both newswire test sets, so they are not in the shipped
   * model; the tweets (BTC) and the fiction (LitBank) cost precision on people even on the split.
   */
  public static final List<String> TRAINING_FILES = List.of(
      "gmb-voa.opennlp",
      "norp-silver/gum-train-no-nc.opennlp",
      "norp-silver/gum-dev-no-nc.opennlp",
      "norp-silver/wikigold.opennlp",
      "norp-silver/uner-ewt-dev.opennlp");

  /** Resource that holds the feature generator descriptor. */
  public static final String FEATURES_RESOURCE = "/org/newsgraph/nlp/ner-features.xml";
  /** Given names (datafaker, Apache-2.0), one per line; a model artifact of the same name. */
  public static final String FIRST_NAMES = "person-first.dictionary";
  /** Family names (datafaker, Apache-2.0), one per line; a model artifact of the same name. */
  public static final String LAST_NAMES = "person-last.dictionary";
  /** Word clusters ({@code ner clusters}), read by {@link ClusterFeatures}; a model artifact of the same name. */
  public static final String CLUSTERS = "word-clusters.clusters";
  /** Country names and demonyms of the gazetteer, one or more tokens each; a model artifact. */
  public static final String PLACES = "places.dictionary";
  /** Words that end an organization's name ("Ministry", "Party", "Press"); a model artifact. */
  public static final String ORGANIZATION_HEADS = "organization-heads.dictionary";
  /** Heads of state and government ({@code leaders.tsv}), full names; a model artifact. */
  public static final String LEADERS = "leaders.dictionary";
  /** Words that a lowercase form dominates in the training text at least this many times over. */
  static final int COMMON_RATIO = 4;

  private Path data = Path.of("../shared/ner/train");
  private List<String> files = TRAINING_FILES;
  private int iterations = 300;
  private int cutoff = 0;
  private int threads = 1;
  private String algorithm = "PERCEPTRON";
  private boolean bilou;
  private byte[] features;

  private NameFinderTraining() {
  }

  /** A trainer with the defaults that produced the shipped model. */
  public static NameFinderTraining create() {
    return new NameFinderTraining();
  }

  /** The folder that holds {@link #TRAINING_FILES}. */
  public NameFinderTraining data(Path dir) {
    this.data = Objects.requireNonNull(dir);
    return this;
  }

  /** Training files under the data folder (default {@link #TRAINING_FILES}). */
  public NameFinderTraining files(List<String> names) {
    this.files = List.copyOf(names);
    return this;
  }

  /** Training iterations. */
  public NameFinderTraining iterations(int n) {
    this.iterations = n;
    return this;
  }

  /** Feature count cutoff. */
  public NameFinderTraining cutoff(int n) {
    this.cutoff = n;
    return this;
  }

  /** Trainer threads (MAXENT only). */
  public NameFinderTraining threads(int n) {
    this.threads = n;
    return this;
  }

  /** BILOU instead of BIO sequence coding. */
  public NameFinderTraining bilou(boolean b) {
    this.bilou = b;
    return this;
  }

  /** A feature generator descriptor instead of the shipped {@link #FEATURES_RESOURCE}. */
  public NameFinderTraining features(Path xml) throws IOException {
    this.features = Files.readAllBytes(xml);
    return this;
  }

  /** MAXENT or PERCEPTRON. */
  public NameFinderTraining algorithm(String name) {
    this.algorithm = Objects.requireNonNull(name);
    return this;
  }

  /** The unlabelled texts that the shipped word clusters are computed from, under the shared folder. */
  public static WordClusters clusterTexts(WordClusters clusters, Path shared) {
    return clusters.text(shared.resolve("corpus/voa")).text(shared.resolve("ner/train"))
        .text(shared.resolve("ud"));
  }

  /**
   * Reads every training file; a missing file is an error, since the model would silently change. A file name
   * may carry options after colons: a weight ({@code gmb-voa.opennlp:0.5} keeps every other document, {@code :2}
   * reads the file twice); {@code :complete} keeps only the sentences whose capitalized words inside the sentence
   * all stand in a name; {@code :fill} marks a file whose people are tagged but whose other types are not all
   * tagged, which {@link #train()} completes first (its samples are returned here as they are).
   */
  public List<NameSample> samples() throws IOException {
    List<NameSample> all = new ArrayList<>();
    for (List<NameSample> part : parts().values()) {
      all.addAll(part);
    }
    return all;
  }

  /** The samples of the files without {@code :fill} (key false) and of those with it (key true). */
  private Map<Boolean, List<NameSample>> parts() throws IOException {
    Map<Boolean, List<NameSample>> out = new TreeMap<>(Map.of(false, new ArrayList<>(), true, new ArrayList<>()));
    for (String spec : files) {
      String[] parts = spec.split(":");
      Path file = data.resolve(parts[0]);
      if (!Files.isRegularFile(file)) {
        throw new IOException("training file not found: " + file);
      }
      double weight = 1;
      boolean complete = false;
      boolean fill = false;
      for (int i = 1; i < parts.length; i++) {
        switch (parts[i]) {
          case "complete" -> complete = true;
          case "fill" -> fill = true;
          default -> weight = Double.parseDouble(parts[i]);
        }
      }
      List<NameSample> read = readSamples(file);
      if (complete) {
        read = read.stream().filter(NameFinderTraining::fullyTagged).toList();
      }
      out.get(fill).addAll(weighted(read, weight));
    }
    return out;
  }

  /**
   * The samples with the names that a model finds added, except people and except where they would overlap a
   * name already there: a file that tags its people well but leaves organizations and places out (CrossNER) would
   * otherwise teach the model that those are no names.
   */
  static List<NameSample> fill(TokenNameFinderModel helper, List<NameSample> samples) {
    NameFinderME finder = new NameFinderME(helper);
    List<NameSample> out = new ArrayList<>();
    for (NameSample s : samples) {
      if (s.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      List<Span> names = new ArrayList<>(List.of(s.getNames()));
      for (Span p : finder.find(s.getSentence())) {
        if (!p.getType().equals("person") && names.stream().noneMatch(g -> g.getStart() < p.getEnd()
            && p.getStart() < g.getEnd())) {
          names.add(p);
        }
      }
      names.sort(Comparator.comparingInt(Span::getStart));
      out.add(new NameSample(s.getId(), s.getSentence(), names.toArray(Span[]::new), null,
          s.isClearAdaptiveDataSet()));
    }
    return out;
  }

  /** The samples repeated or thinned to the weight, whole documents at a time, deterministically. */
  static List<NameSample> weighted(List<NameSample> samples, double weight) {
    List<NameSample> out = new ArrayList<>();
    for (int copy = 0; copy < Math.floor(weight); copy++) {
      out.addAll(samples);
    }
    double rest = weight - Math.floor(weight);
    if (rest > 0) {
      int doc = -1;
      for (NameSample s : samples) {
        if (s.isClearAdaptiveDataSet() || doc < 0) {
          doc++;
        }
        if (Math.floor((doc + 1) * rest) > Math.floor(doc * rest)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Whether every capitalized word after the first stands inside one of the sample's names. */
  static boolean fullyTagged(NameSample s) {
    String[] t = s.getSentence();
    boolean[] inName = new boolean[t.length];
    for (Span n : s.getNames()) {
      for (int i = n.getStart(); i < n.getEnd(); i++) {
        inName[i] = true;
      }
    }
    for (int i = 1; i < t.length; i++) {
      if (!inName[i] && !t[i].isEmpty() && Character.isUpperCase(t[i].codePointAt(0))
          && !t[i - 1].matches("[.!?:\"“'‘(-]+")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Trains a model over {@link #samples()}. When some files are marked {@code :fill}, a first model is trained on
   * the others and completes their names ({@link #fill}); the model is then trained on everything.
   */
  public TokenNameFinderModel train() throws IOException {
    Map<Boolean, List<NameSample>> parts = parts();
    List<NameSample> samples = new ArrayList<>(parts.get(false));
    if (!parts.get(true).isEmpty()) {
      samples.addAll(fill(trainOn(samples), parts.get(true)));
    }
    return trainOn(samples);
  }

  private TokenNameFinderModel trainOn(List<NameSample> samples) throws IOException {
    byte[] features = this.features;
    if (features == null) {
      try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES_RESOURCE)) {
        features = Objects.requireNonNull(in, FEATURES_RESOURCE).readAllBytes();
      }
    }
    String descriptor = new String(features, StandardCharsets.UTF_8);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, threads);
    Map<String, Object> resources = new HashMap<>();
    resources.put(FIRST_NAMES, wordList(FIRST_NAMES));
    resources.put(LAST_NAMES, wordList(LAST_NAMES));
    if (descriptor.contains(CLUSTERS)) {
      resources.put(CLUSTERS, clusters());
    }
    if (descriptor.contains(PLACES)) {
      resources.put(PLACES, phrases("/org/newsgraph/lexicon/countries.tsv", 1, 2, 3));
    }
    if (descriptor.contains(ORGANIZATION_HEADS)) {
      resources.put(ORGANIZATION_HEADS, phrases("/org/newsgraph/lexicon/organization-heads.txt", 0));
    }
    if (descriptor.contains(LEADERS)) {
      resources.put(LEADERS, phrases("/org/newsgraph/lexicon/leaders.tsv", 2));
    }
    resources.put(DocumentNameFinder.COMMON_WORDS, commonWords(samples));
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(features, resources,
            bilou ? new BilouCodec() : new BioCodec());
    try (ObjectStream<NameSample> stream = new CollectionObjectStream<>(samples)) {
      return NameFinderME.train("en", null, stream, params, factory);
    }
  }

  /** The shipped word clusters ({@code word-clusters.txt}, made by {@code ner clusters}). */
  static ClusterFeatures.Table clusters() throws IOException {
    String resource = "/org/newsgraph/nlp/word-clusters.txt";
    try (InputStream in = NameFinderTraining.class.getResourceAsStream(resource)) {
      return ClusterFeatures.Table.read(Objects.requireNonNull(in, resource));
    }
  }

  /**
   * The phrases in some columns of a shipped lexicon (tab-separated, alternatives split by {@code |}), as a
   * case-sensitive dictionary of whitespace tokens; comment lines and a header row ("country") are skipped.
   */
  static Dictionary phrases(String resource, int... columns) throws IOException {
    Dictionary d = new Dictionary(true);
    try (InputStream in = NameFinderTraining.class.getResourceAsStream(resource)) {
      String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("country\t")).forEach(l -> {
        String[] cells = l.split("\t");
        for (int c : columns) {
          if (c < cells.length) {
            for (String phrase : cells[c].split("\\|")) {
              if (!phrase.isBlank()) {
                d.put(new StringList(phrase.strip().split("\\s+")));
              }
            }
          }
        }
      });
    }
    return d;
  }

  /** A shipped word list as a case-sensitive dictionary of one-word entries. */
  static Dictionary wordList(String name) throws IOException {
    String resource = "/org/newsgraph/nlp/" + name.replace(".dictionary", ".txt");
    Dictionary d = new Dictionary(true);
    try (InputStream in = NameFinderTraining.class.getResourceAsStream(resource)) {
      String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      text.lines().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"))
          .forEach(w -> d.put(new StringList(w)));
    }
    return d;
  }

  /**
   * The words that the training text writes in lowercase: seen lowercase at least twice and at least
   * {@link #COMMON_RATIO} times as often as capitalized inside a sentence.
   */
  static Dictionary commonWords(List<NameSample> samples) {
    Map<String, int[]> counts = new TreeMap<>();
    for (NameSample s : samples) {
      String[] t = s.getSentence();
      for (int i = 0; i < t.length; i++) {
        String w = t[i];
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
          continue;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.equals(lower)) {
          counts.computeIfAbsent(lower, k -> new int[2])[0]++;
        } else if (i > 0 && Character.isUpperCase(w.codePointAt(0))) {
          counts.computeIfAbsent(lower, k -> new int[2])[1]++;
        }
      }
    }
    Dictionary d = new Dictionary(false);
    counts.forEach((w, n) -> {
      if (n[0] >= 2 && n[0] >= COMMON_RATIO * n[1]) {
        d.put(new StringList(w));
      }
    });
    return d;
  }

  /** Trains and writes the model to a file, atomically. */
  public void trainTo(Path out) throws IOException {
    TokenNameFinderModel model = train();
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".ner-", ".tmp");
    try (OutputStream os = Files.newOutputStream(tmp)) {
      model.serialize(os);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads one OpenNLP name-sample file (UTF-8); an empty line starts a new document. Markup that OpenNLP
   * would let pass (an unclosed, nested or empty name) and text that is not UTF-8 are rejected with the
   * file and line, as {@link TextGuard.BadInputException}.
   */
  public static List<NameSample> readSamples(Path file) throws IOException {
    List<NameSample> list = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder()))) {
      boolean clear = false;
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.trim().isEmpty()) {
          clear = true;
          continue;
        }
        String problem = markupProblem(line);
        if (problem != null) {
          throw new TextGuard.BadInputException(file + ":" + n + ": " + problem);
        }
        list.add(NameSample.parse(line, clear));
        clear = false;
      }
    } catch (CharacterCodingException e) {
      throw new TextGuard.BadInputException(file + ": not UTF-8 text");
    }
    return list;
  }

  /** What is wrong with the name markup of one sample line, or null. */
  static String markupProblem(String line) {
    boolean open = false;
    boolean empty = false;
    for (String tok : line.trim().split("\\s+")) {
      if (tok.startsWith("<START")) {
        if (!tok.matches("<START(:[^<>\\s]+)?>")) {
          return "bad name tag " + tok;
        }
        if (open) {
          return "nested <START>";
        }
        open = true;
        empty = true;
      } else if (tok.equals("<END>")) {
        if (!open) {
          return "<END> without <START>";
        }
        if (empty) {
          return "empty name";
        }
        open = false;
      } else {
        empty = false;
      }
    }
    return open ? "<START> without <END>" : null;
  }
}
