package org.newsgraph.parse;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.maltparser.concurrent.ConcurrentMaltParserModel;
import org.maltparser.concurrent.ConcurrentMaltParserService;
import org.maltparser.core.exception.MaltChainedException;

import org.newsgraph.doc.DependencyTree;
import org.newsgraph.nlp.NlpModels;

/**
 * A MaltParser model ({@code stackproj}, liblinear) trained on UD English-EWT by {@code newsgraph parser train}. The
 * concurrent model of MaltParser 1.9 is immutable and thread-safe, so one instance serves every worker.
 * The shipped model is checked against its pinned SHA-512 before it is loaded.
 *
 * <pre>
 * DependencyParser p = MaltDependencyParser.shipped();
 * DependencyTree t = p.parse(new String[] {"Rice", "met", "Putin"}, new String[] {"PROPN", "VERB", "PROPN"});
 * </pre>
 */
public final class MaltDependencyParser implements DependencyParser {
  /** Classpath resource of the shipped model. */
  public static final String MODEL = "/org/newsgraph/parse/en-ud-parser.mco";

  private static volatile MaltDependencyParser shipped;

  private final ConcurrentMaltParserModel model;

  private MaltDependencyParser(ConcurrentMaltParserModel model) {
    this.model = model;
  }

  /** The shipped model, loaded once per JVM. */
  public static MaltDependencyParser shipped() {
    MaltDependencyParser p = shipped;
    if (p == null) {
      synchronized (MaltDependencyParser.class) {
        if (shipped == null) {
          shipped = load(unpacked(NlpModels.pinnedBytes(MODEL)));
        }
        p = shipped;
      }
    }
    return p;
  }

  /** A model file of the user's choice (not pinned). */
  public static MaltDependencyParser load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new NlpModels.ModelException("no parser model at " + file, null);
    }
    try {
      return load(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new NlpModels.ModelException("bad parser model path " + file, e);
    }
  }

  private static MaltDependencyParser load(URL url) {
    try {
      return new MaltDependencyParser(ConcurrentMaltParserService.initializeParserModel(url));
    } catch (MaltChainedException | RuntimeException e) {
      throw new NlpModels.ModelException("invalid parser model " + url + ": " + e.getMessage(), e);
    }
  }

  /**
   * MaltParser opens a model as a jar file, which a resource inside our own jar is not; so the checked bytes are
   * written to a private temporary file once per JVM.
   */
  private static URL unpacked(byte[] bytes) {
    try {
      Path tmp = Files.createTempFile("newsgraph-parser-", ".mco");
      tmp.toFile().deleteOnExit();
      Files.write(tmp, bytes);
      return tmp.toUri().toURL();
    } catch (IOException e) {
      throw new NlpModels.ModelException("cannot unpack the parser model: " + e.getMessage(), e);
    }
  }

  @Override
  public DependencyTree parse(String[] words, String[] tags) {
    String[] in = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      in[i] = (i + 1) + "\t" + clean(words[i]) + "\t_\t" + tags[i] + "\t" + tags[i] + "\t_";
    }
    String[] out;
    try {
      out = model.parseTokens(in);
    } catch (MaltChainedException e) {
      throw new IllegalStateException("parser failed: " + e.getMessage(), e);
    }
    int[] heads = new int[words.length];
    String[] labels = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] c = out[i].split("\t");
      heads[i] = Integer.parseInt(c[6]) - 1;
      labels[i] = c[7];
    }
    return new DependencyTree(heads, labels);
  }

  /** MaltParser's reader splits on tabs and cannot take an empty field. */
  private static String clean(String w) {
    String c = w.replaceAll("\\s", "_");
    return c.isEmpty() ? "_" : c;
  }
}
