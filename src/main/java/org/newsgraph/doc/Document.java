package org.newsgraph.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it passes through the pipeline: immutable metadata and cleaned text, plus a map of
 * typed annotations that stages add.
 *
 * <pre>
 * Document doc = new Document("cbs-putin", "text ...", null, LocalDate.parse("2008-03-17"), null);
 * pipeline.annotate(doc);
 * List&lt;Sentence&gt; sentences = doc.get(Annotations.SENTENCES);
 * </pre>
 */
public final class Document {
  private final String id;
  private final String text;
  private final String title;
  private final LocalDate date;
  private final String url;
  private final Map<Key<?>, Object> annotations = new IdentityHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** A document; text is already cleaned by the text guard. */
  public Document(String id, String text, String title, LocalDate date, String url) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.title = title;
    this.date = date;
    this.url = url;
  }

  /** The document ID: the file name without extension, or the JSON Lines {@code id}. */
  public String id() {
    return id;
  }

  /** The cleaned text; all offsets refer to it. */
  public String text() {
    return text;
  }

  /** The title, if one was given. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The article's date, if one was given. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The article's URL, if one was given. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** Sees every read and write of an annotation: for the test that stages declare what they touch. */
  public interface Access {
    /** A read ({@code write} false) or a write of {@code key}. */
    void accessed(Key<?> key, boolean write);
  }

  private Access access = (k, w) -> { };

  /** Reports every later read and write of an annotation to {@code a} (tests check stage contracts with it). */
  public void watch(Access a) {
    this.access = Objects.requireNonNull(a);
  }

  /** An annotation, or an error naming the key when no stage produced it. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    access.accessed(key, false);
    Object v = annotations.get(key);
    if (v == null) {
      throw new IllegalStateException("document " + id + " has no annotation " + key.name());
    }
    return (T) v;
  }

  /** Whether a stage produced this annotation. */
  public boolean has(Key<?> key) {
    access.accessed(key, false);
    return annotations.containsKey(key);
  }

  /** Sets an annotation. */
  public <T> void set(Key<T> key, T value) {
    access.accessed(key, true);
    Objects.requireNonNull(value, key.name());
    // generics are erased: a raw or unchecked call could store a value of another type under the key
    if (!key.type().isInstance(value)) {
      throw new IllegalArgumentException("annotation " + key.name() + " takes a " + key.type().getSimpleName()
          + ", not a " + value.getClass().getSimpleName());
    }
    annotations.put(key, value);
  }

  /** Records a warning: the document was degraded but still processed. */
  public void warn(String message) {
    warnings.add(message);
  }

  /** Warnings recorded while processing. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }
}
