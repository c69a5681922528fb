package org.newsgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four immutable OpenNLP models, loaded once and shared by every thread. Models shipped in the jar
 * are checked against SHA-512 values pinned in {@code models.sha512}; a missing, truncated or wrong
 * model fails here, before any store is opened.
 *
 * <pre>
 * NlpModels models = NlpModels.load(null);   // the shipped models
 * </pre>
 */
public final class NlpModels {
  static {
    ClusterFeatures.allow();
  }

  /** Classpath resource of the sentence model. */
  public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  /** Classpath resource of the tokenizer model. */
  public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  /** Classpath resource of the POS model: our own, trained on UD English-EWT ({@code newsgraph tagger train}). */
  public static final String POS = "/org/newsgraph/nlp/en-ud-pos-newsgraph.bin";
  /** Classpath resource of the newsgraph name-finder model. */
  public static final String NER = "/org/newsgraph/nlp/en-ner-newsgraph.bin";

  private static volatile NlpModels shipped;

  private final SentenceModel sentence;
  private final TokenizerModel tokenizer;
  private final POSModel pos;
  private final TokenNameFinderModel ner;

  private NlpModels(SentenceModel s, TokenizerModel t, POSModel p, TokenNameFinderModel n) {
    this.sentence = s;
    this.tokenizer = t;
    this.pos = p;
    this.ner = n;
  }

  /** Bad or missing model: the message says which and why. */
  public static final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A model error. */
    public ModelException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Loads the models. {@code nerFile} replaces the shipped name-finder model when not null
   * (it is then not checked against a pinned hash, since the user chose it).
   */
  public static NlpModels load(Path nerFile) {
    return load(nerFile, null);
  }

  /** Loads the models; a given {@code nerSha512} must match the name-finder model file. */
  public static NlpModels load(Path nerFile, String nerSha512) {
    if (nerFile == null && shipped != null) {
      return shipped;
    }
    Properties pins = pins();
    SentenceModel s = load(SENTENCE, pins, b -> new SentenceModel(new ByteArrayInputStream(b)));
    TokenizerModel t = load(TOKENS, pins, b -> new TokenizerModel(new ByteArrayInputStream(b)));
    POSModel p = load(POS, pins, b -> new POSModel(new ByteArrayInputStream(b)));
    TokenNameFinderModel n;
    if (nerFile != null) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(nerFile);
      } catch (IOException e) {
        throw new ModelException("cannot read name-finder model " + nerFile + ": " + e.getMessage(), e);
      }
      if (nerSha512 != null && !nerSha512.equalsIgnoreCase(sha512(bytes))) {
        throw new ModelException("model " + nerFile + " fails its SHA-512 check (expected "
            + nerSha512.substring(0, Math.min(16, nerSha512.length())) + "…, found " + sha512(bytes).substring(0, 16)
            + "…)", null);
      }
      n = parse(nerFile.toString(), bytes, b -> new TokenNameFinderModel(new ByteArrayInputStream(b)));
    } else {
      n = load(NER, pins, b -> new TokenNameFinderModel(new ByteArrayInputStream(b)));
    }
    NlpModels m = new NlpModels(s, t, p, n);
    if (nerFile == null) {
      shipped = m;
    }
    return m;
  }

  private interface Reader<T> {
    T read(byte[] bytes) throws IOException;
  }

  private static <T> T load(String resource, Properties pins, Reader<T> reader) {
    return parse(resource.substring(resource.lastIndexOf('/') + 1), pinnedBytes(resource, pins), reader);
  }

  /**
   * The bytes of a model shipped in the jar, checked against its SHA-512 in {@code models.sha512}; a missing,
   * truncated or altered model fails here with a {@link ModelException}.
   */
  public static byte[] pinnedBytes(String resource) {
    return pinnedBytes(resource, pins());
  }

  private static Properties pins() {
    Properties pins = new Properties();
    try (InputStream in = NlpModels.class.getResourceAsStream("/org/newsgraph/nlp/models.sha512")) {
      if (in != null) {
        pins.load(in);
      }
    } catch (IOException e) {
      throw new ModelException("cannot read model checksums: " + e.getMessage(), e);
    }
    return pins;
  }

  private static byte[] pinnedBytes(String resource, Properties pins) {
    byte[] bytes;
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ModelException("model not found on the classpath: " + resource, null);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ModelException("cannot read model " + resource + ": " + e.getMessage(), e);
    }
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    String pinned = pins.getProperty(name);
    if (pinned != null) {
      String actual = sha512(bytes);
      if (!pinned.equalsIgnoreCase(actual)) {
        throw new ModelException("model " + name + " fails its SHA-512 check (expected " + pinned.substring(0, 16)
            + "…, found " + actual.substring(0, 16) + "…)", null);
      }
    }
    return bytes;
  }

  private static <T> T parse(String name, byte[] bytes, Reader<T> reader) {
    try {
      return reader.read(bytes);
    } catch (IOException | RuntimeException e) {
      throw new ModelException("invalid model " + name + ": " + Objects.toString(e.getMessage(),
          e.getClass().getSimpleName()), e);
    }
  }

  /** Hex SHA-512 of bytes. */
  public static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sentence model. */
  public SentenceModel sentence() {
    return sentence;
  }

  /** The tokenizer model. */
  public TokenizerModel tokenizer() {
    return tokenizer;
  }

  /** The POS model. */
  public POSModel pos() {
    return pos;
  }

  /** The name-finder model. */
  public TokenNameFinderModel ner() {
    return ner;
  }
}
