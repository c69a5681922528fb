package org.newsgraph.doc;

import java.util.Objects;

/**
 * A typed annotation key of a {@link Document}, in the manner of CoreNLP's annotation classes.
 *
 * @param <T> the type of the annotation value
 */
public final class Key<T> {
  private final String name;
  private final Class<?> type;

  private Key(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  /** A new key; keys are compared by identity. */
  public static <T> Key<T> of(String name, Class<?> type) {
    return new Key<>(name, type);
  }

  /** The key's name, used in messages and timings. */
  public String name() {
    return name;
  }

  /** The declared value type. */
  public Class<?> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
