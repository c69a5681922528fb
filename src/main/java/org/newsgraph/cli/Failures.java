package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;

import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.TextGuard;
import org.newsgraph.store.StoreException;

/** Maps any throwable to a one-line message and an exit code from {@link ExitCodes}. */
final class Failures {
  private Failures() {
  }

  /** The exit code for {@code t}. */
  static int exitCode(Throwable t) {
    Throwable c = root(t);
    if (t instanceof CliException e) {
      return e.exitCode();
    }
    if (t instanceof picocli.CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    if (t instanceof StoreException e) {
      return e.kind() == StoreException.Kind.LOCKED ? ExitCodes.LOCKED : ExitCodes.IO;
    }
    if (t instanceof NlpModels.ModelException) {
      return ExitCodes.CONFIG;
    }
    if (t instanceof TextGuard.BadInputException || t instanceof QueryParseException) {
      return ExitCodes.DATA;
    }
    if (diskFull(t)) {
      return ExitCodes.IO;
    }
    if (c instanceof IOException || t instanceof UncheckedIOException) {
      return ExitCodes.IO;
    }
    return ExitCodes.ERROR;
  }

  /** A one-line message for {@code t}. */
  static String message(Throwable t) {
    if (diskFull(t)) {
      return "storage full: the disk ran out of space; data committed before this point is intact";
    }
    if (t instanceof QueryCancelledException || root(t) instanceof QueryCancelledException) {
      return "query timed out";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory; raise the heap with NEWSGRAPH_JAVA_OPTS=-Xmx…";
    }
    if (t instanceof StackOverflowError) {
      return "input nested too deeply (stack overflow)";
    }
    Throwable c = root(t);
    if (c instanceof NoSuchFileException e) {
      return "no such file: " + e.getFile();
    }
    if (c instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      m = c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m);
  }

  static boolean diskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (c instanceof InternalError && m.contains("unsafe memory access") || m.contains("No space left")) {
        return true;
      }
    }
    return false;
  }

  static Throwable root(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }
}
