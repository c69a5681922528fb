package org.newsgraph.cli;

/** The exit codes of every newsgraph command (see README). */
public final class ExitCodes {
  private ExitCodes() {
  }

  /** Success. */
  public static final int OK = 0;
  /** An error inside newsgraph (or a query that timed out). */
  public static final int ERROR = 1;
  /** Bad command line. */
  public static final int USAGE = 2;
  /** Some inputs were rejected; the others were ingested. */
  public static final int PARTIAL = 3;
  /** Bad input data: unreadable text, invalid query, malformed gold file. */
  public static final int DATA = 65;
  /** Input or output failed: file missing, store unreadable, disk full. */
  public static final int IO = 74;
  /** The store is locked by another process. */
  public static final int LOCKED = 75;
  /** A model file is missing, truncated, of the wrong type or fails its checksum. */
  public static final int CONFIG = 78;
}
