package org.newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a query on a thread of its own and gives up on it a second after its timeout. ARQ cancels a query between
 * results, but some work cannot be interrupted once it runs (a regular expression that backtracks, a huge sort);
 * the command then reports the timeout and exits, and the process's end releases the store.
 */
final class Deadline {
  /** How long after the query's own timeout the command stops waiting. */
  static final long GRACE_MILLIS = 1_000;

  private Deadline() {
  }

  /** The task's result, or a "timed out" error (exit 1) when it is not done in time. */
  static <T> T run(Callable<T> task, long timeoutMillis) throws Exception {
    FutureTask<T> f = new FutureTask<>(task);
    Thread t = new Thread(f, "newsgraph-query");
    t.setDaemon(true);
    t.start();
    try {
      return f.get(timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      t.interrupt();
      throw new CliException(ExitCodes.ERROR, String.format(Locale.ROOT, "query timed out after %.1f s",
          timeoutMillis / 1000.0));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception x) {
        throw x;
      }
      throw e;
    }
  }
}
