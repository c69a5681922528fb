package org.newsgraph.cli;

/** The {@code --timeout SECONDS} of query, ask and serve, checked once: a positive, finite number of seconds. */
final class Timeout {
  /** The longest timeout accepted: a day. */
  static final double MAX_SECONDS = 86_400;

  private Timeout() {
  }

  /** Milliseconds for {@code seconds}; a usage error (exit 2) for zero, a negative value, NaN or more than a day. */
  static long millis(double seconds) {
    if (!(seconds > 0) || seconds > MAX_SECONDS) {
      throw new CliException(ExitCodes.USAGE, "--timeout takes a number of seconds above 0 and at most "
          + (long) MAX_SECONDS + ", not " + seconds);
    }
    return Math.max(1, Math.round(seconds * 1000));
  }
}
