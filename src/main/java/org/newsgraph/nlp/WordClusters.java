package org.newsgraph.nlp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hierarchical word clusters computed from unlabelled text, written in the Brown-cluster format that OpenNLP's
 * {@code BrownCluster} reads ({@code path TAB word TAB count}), so that the name finder can use prefixes of a
 * word's path as features at several granularities.
 *
 * <pre>
 * WordClusters.create()
 *     .text(Path.of("../shared/corpus/voa"))
 *     .text(Path.of("../shared/ner/train"))
 *     .writeTo(Path.of("word-clusters.txt"));
 * </pre>
 *
 * The method is distributional and deterministic: each frequent word is described by the words seen just left
 * and just right of it (positive pointwise mutual information over the most frequent context words, a sparse
 * vector), and the words are split in two, again and again, by the sign of their projection on the principal
 * direction of the group, refined by spherical 2-means, so that a word's path is its sequence of branches. It is
 * cheaper than Brown's agglomerative clustering (seconds instead of hours on a few million words) and gives the
 * same kind of features: names fall together with names, places with places. Files under a folder named
 * {@code eval} or whose name holds {@code test} are never read: clusters are training data.
 */
public final class WordClusters {

  /** Brown-format lines are only read by OpenNLP when their count is above 5. */
  public static final int MIN_COUNT = 6;
  private static final int CONTEXTS = 2000;
  private static final int MAX_DEPTH = 14;
  private static final int MIN_LEAF = 6;
  private static final int ROUNDS = 12;
  private static final int POWER_ITERATIONS = 12;
  private static final long SEED = 20261202L;
  private static final Pattern TOKEN = Pattern.compile(
      "(?:[\\p{L}\\p{M}]\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:['’.&-][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");
  private static final Pattern TAG = Pattern.compile("<START(?::[^>\\s]*)?>|<END>");

  private final List<Path> texts = new ArrayList<>();
  private int maxWords = 60_000;

  private WordClusters() {
  }

  /** A builder with the shipped settings. */
  public static WordClusters create() {
    return new WordClusters();
  }

  /** Adds a text file or a folder of them (plain text, CoNLL-U, or OpenNLP name samples, told by extension). */
  public WordClusters text(Path fileOrDir) {
    texts.add(fileOrDir);
    return this;
  }

  /** At most this many words get a path (the most frequent ones). */
  public WordClusters maxWords(int n) {
    this.maxWords = n;
    return this;
  }

  /** The input files in a stable order, without evaluation or test files. */
  List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : texts) {
      if (!Files.exists(p)) {
        throw new IOException("cluster text not found: " + p);
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).filter(WordClusters::isTrainingText).sorted().forEach(out::add);
      }
    }
    return out;
  }

  static boolean isTrainingText(Path f) {
    for (Path part : f) {
      String n = part.toString().toLowerCase(Locale.ROOT);
      if (n.equals("eval") || n.contains("test")) {
        return false;
      }
    }
    String n = f.getFileName().toString();
    return n.endsWith(".txt") || n.endsWith(".opennlp") || n.endsWith(".conllu");
  }

  /** The sentences of one file as token arrays; each distinct sentence once over the whole input. */
  static List<String[]> sentences(Path f, Set<String> seen) throws IOException {
    List<String[]> out = new ArrayList<>();
    String name = f.getFileName().toString();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    if (name.endsWith(".conllu")) {
      List<String> cur = new ArrayList<>();
      for (String line : lines) {
        if (line.isBlank()) {
          add(out, seen, cur.toArray(String[]::new));
          cur.clear();
        } else if (!line.startsWith("#")) {
          String[] c = line.split("\t");
          if (c.length > 1 && c[0].matches("\\d+")) {
            cur.add(c[1]);
          }
        }
      }
      add(out, seen, cur.toArray(String[]::new));
    } else if (name.endsWith(".opennlp")) {
      for (String line : lines) {
        String plain = TAG.matcher(line).replaceAll(" ").strip();
        if (!plain.isEmpty()) {
          add(out, seen, plain.split("\\s+"));
        }
      }
    } else {
      for (String line : lines) {
        for (String s : line.split("(?<=[.!?][\"”’)]?)\\s+(?=[\"“(]?\\p{Lu})")) {
          List<String> toks = new ArrayList<>();
          Matcher m = TOKEN.matcher(s);
          while (m.find()) {
            toks.add(m.group());
          }
          add(out, seen, toks.toArray(String[]::new));
        }
      }
    }
    return out;
  }

  private static void add(List<String[]> out, Set<String> seen, String[] toks) {
    if (toks.length > 0 && seen.add(String.join(" ", toks))) {
      out.add(toks);
    }
  }

  /** Computes the clusters: word to path, with counts, most frequent first. */
  public List<Cluster> compute() throws IOException {
    List<String[]> corpus = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path f : files()) {
      corpus.addAll(sentences(f, seen));
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : corpus) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(maxWords).map(Map.Entry::getKey).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
    }
    Sparse[] vectors = vectors(corpus, vocab, index);
    int width = 2 * (Math.min(CONTEXTS, vocab.size()) + 2);
    String[] paths = new String[vocab.size()];
    int[] all = new int[vocab.size()];
    Arrays.setAll(all, i -> i);
    split(vectors, width, all, "", paths, new Random(SEED));
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < vocab.size(); i++) {
      out.add(new Cluster(paths[i], vocab.get(i), counts.get(vocab.get(i))));
    }
    return out;
  }

  /** Each word's PPMI left/right context profile, sparse and unit length. */
  private static Sparse[] vectors(List<String[]> corpus, List<String> vocab, Map<String, Integer> index) {
    int contexts = Math.min(CONTEXTS, vocab.size());
    List<Map<Integer, Integer>> cooc = new ArrayList<>();
    for (int i = 0; i < vocab.size(); i++) {
      cooc.add(new HashMap<>());
    }
    long[] ctxTotals = new long[2 * (contexts + 2)];
    long total = 0;
    for (String[] s : corpus) {
      for (int i = 0; i < s.length; i++) {
        Integer w = index.get(s[i]);
        if (w == null) {
          continue;
        }
        int left = context(i == 0 ? null : s[i - 1], index, contexts);
        int right = contexts + 2 + context(i + 1 == s.length ? null : s[i + 1], index, contexts);
        cooc.get(w).merge(left, 1, Integer::sum);
        cooc.get(w).merge(right, 1, Integer::sum);
        ctxTotals[left]++;
        ctxTotals[right]++;
        total += 2;
      }
    }
    Sparse[] out = new Sparse[vocab.size()];
    for (int w = 0; w < vocab.size(); w++) {
      Map<Integer, Integer> row = cooc.get(w);
      long wordTotal = row.values().stream().mapToLong(Integer::longValue).sum();
      int[] idx = row.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[] val = new float[idx.length];
      for (int k = 0; k < idx.length; k++) {
        double pmi = Math.log((double) row.get(idx[k]) * total / ((double) wordTotal * ctxTotals[idx[k]]));
        val[k] = (float) Math.max(0, pmi);
      }
      normalize(val);
      out[w] = new Sparse(idx, val);
    }
    return out;
  }

  /** A sparse unit vector. */
  private record Sparse(int[] idx, float[] val) {
    float dot(float[] dense) {
      float s = 0;
      for (int k = 0; k < idx.length; k++) {
        s += val[k] * dense[idx[k]];
      }
      return s;
    }

    void addTo(float[] dense) {
      addTo(dense, 1f);
    }

    void addTo(float[] dense, float scale) {
      for (int k = 0; k < idx.length; k++) {
        dense[idx[k]] += scale * val[k];
      }
    }
  }

  /** The context slot of a neighbouring word: one of the most frequent words, "other", or the sentence edge. */
  private static int context(String word, Map<String, Integer> index, int contexts) {
    if (word == null) {
      return contexts;
    }
    Integer i = index.get(word);
    return i != null && i < contexts ? i : contexts + 1;
  }

  private static void normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /** Splits the words in two (principal direction, then 2-means) and recurses; a leaf's words share its path. */
  private static void split(Sparse[] vectors, int width, int[] words, String path, String[] paths, Random rnd) {
    if (words.length < 2 * MIN_LEAF || path.length() >= MAX_DEPTH) {
      leaf(words, path, paths);
      return;
    }
    boolean[] side = twoMeans(vectors, width, words, seedSplit(vectors, width, words, rnd));
    if (!balanced(side)) {
      // sparse profiles that share few contexts with any one seed word: split along the principal direction
      side = twoMeans(vectors, width, words, principalSplit(vectors, width, words, rnd));
    }
    if (!balanced(side)) {
      leaf(words, path, paths);
      return;
    }
    int ones = 0;
    for (boolean b : side) {
      ones += b ? 1 : 0;
    }
    int[] zero = new int[words.length - ones];
    int[] one = new int[ones];
    for (int i = 0, a = 0, b = 0; i < words.length; i++) {
      if (side[i]) {
        one[b++] = words[i];
      } else {
        zero[a++] = words[i];
      }
    }
    split(vectors, width, zero, path + "0", paths, rnd);
    split(vectors, width, one, path + "1", paths, rnd);
  }

  /** Both sides keep at least {@link #MIN_LEAF} words. */
  private static boolean balanced(boolean[] side) {
    int ones = 0;
    for (boolean b : side) {
      ones += b ? 1 : 0;
    }
    return ones >= MIN_LEAF && side.length - ones >= MIN_LEAF;
  }

  /** The first split by two seed words: a random one, and the one least like it. */
  private static boolean[] seedSplit(Sparse[] vectors, int width, int[] words, Random rnd) {
    float[] c0 = new float[width];
    vectors[words[rnd.nextInt(words.length)]].addTo(c0);
    float[] c1 = new float[width];
    vectors[farthest(vectors, words, c0)].addTo(c1);
    boolean[] side = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      side[i] = vectors[words[i]].dot(c1) > vectors[words[i]].dot(c0);
    }
    return side;
  }

  /** Spherical 2-means from a first split, until no word changes side. */
  private static boolean[] twoMeans(Sparse[] vectors, int width, int[] words, boolean[] side) {
    for (int round = 0; round < ROUNDS; round++) {
      float[][] centres = centres(vectors, width, words, side);
      boolean changed = false;
      for (int i = 0; i < words.length; i++) {
        Sparse v = vectors[words[i]];
        boolean s = v.dot(centres[1]) > v.dot(centres[0]);
        changed |= s != side[i];
        side[i] = s;
      }
      if (!changed) {
        break;
      }
    }
    return side;
  }

  private static int farthest(Sparse[] vectors, int[] words, float[] from) {
    float best = Float.MAX_VALUE;
    int out = words[0];
    for (int w : words) {
      float s = vectors[w].dot(from);
      if (s < best) {
        best = s;
        out = w;
      }
    }
    return out;
  }

  private static void leaf(int[] words, String path, String[] paths) {
    for (int w : words) {
      paths[w] = path.isEmpty() ? "0" : path;
    }
  }

  /**
   * The first split: by the sign of each word's projection on the principal direction of the words (power
   * iteration from a seeded random start), which, unlike two seed words, divides sparse profiles that share few
   * contexts with any one word (Boley's principal direction divisive partitioning).
   */
  private static boolean[] principalSplit(Sparse[] vectors, int width, int[] words, Random rnd) {
    float[] mean = new float[width];
    for (int w : words) {
      vectors[w].addTo(mean);
    }
    for (int d = 0; d < width; d++) {
      mean[d] /= words.length;
    }
    float[] r = new float[width];
    for (int d = 0; d < width; d++) {
      r[d] = (float) rnd.nextGaussian();
    }
    normalize(r);
    double[] y = new double[words.length];
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      double meanDot = 0;
      for (int d = 0; d < width; d++) {
        meanDot += mean[d] * r[d];
      }
      double sum = 0;
      for (int i = 0; i < words.length; i++) {
        y[i] = vectors[words[i]].dot(r) - meanDot;
        sum += y[i];
      }
      float[] next = new float[width];
      for (int i = 0; i < words.length; i++) {
        vectors[words[i]].addTo(next, (float) y[i]);
      }
      for (int d = 0; d < width; d++) {
        next[d] -= (float) (mean[d] * sum);
      }
      normalize(next);
      r = next;
    }
    boolean[] side = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      side[i] = y[i] > 0;
    }
    return side;
  }

  /** The unit-length means of the two sides. */
  private static float[][] centres(Sparse[] vectors, int width, int[] words, boolean[] side) {
    float[][] c = new float[2][width];
    for (int i = 0; i < words.length; i++) {
      vectors[words[i]].addTo(c[side[i] ? 1 : 0]);
    }
    normalize(c[0]);
    normalize(c[1]);
    return c;
  }

  /** Computes the clusters and writes them atomically, most frequent word first. */
  public int writeTo(Path out) throws IOException {
    List<Cluster> clusters = compute();
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".clusters-", ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Cluster c : clusters) {
        w.write(c.path() + "\t" + c.word() + "\t" + c.count() + "\n");
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return clusters.size();
  }

  /** One word's path in the cluster tree. */
  public record Cluster(String path, String word, int count) {
  }
}
