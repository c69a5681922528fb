package org.newsgraph.store;

/** A store cannot be used: locked, unreadable, full, or left damaged by a crash. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, as an exit-code class. */
  public enum Kind {
    /** Another process holds the store. */
    LOCKED,
    /** The store cannot be read or written (permissions, path is a file, disk full). */
    IO,
    /** Store contents are not as expected. */
    DAMAGED
  }

  private final Kind kind;

  /** A store error of this kind. */
  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }
}
