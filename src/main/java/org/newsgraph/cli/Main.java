package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import picocli.CommandLine;

/**
 * The {@code newsgraph} entry point. Catches every {@link Throwable}, since picocli catches only
 * {@link Exception} and a full disk under TDB2 arrives as {@link InternalError}: the user sees one line
 * and an exit code from {@link ExitCodes}, and a stack trace only with {@code --verbose}.
 *
 * <pre>
 * java -jar target/newsgraph.jar ingest seeds/
 * </pre>
 */
public final class Main {
  private Main() {
  }

  private static volatile PrintWriter stdoutWriter;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(STDOUT, StandardCharsets.UTF_8), true);
    stdoutWriter = out;
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    if (!Arrays.asList(args).contains("--verbose") && !Arrays.asList(args).contains("-v")) {
      quietLibraries();
    }
    System.exit(run(args, out, err));
  }

  /**
   * Libraries print diagnostics of their own (java.util.logging warnings with stack traces, debug lines on
   * System.err); without --verbose the user sees only newsgraph's one-line messages.
   */
  private static void quietLibraries() {
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
  }

  /** The process's standard output as bytes: unbuffered, so a closed pipe shows as an IOException. */
  private static final OutputStream STDOUT = new FileOutputStream(FileDescriptor.out);

  /**
   * A byte stream for a command's output writer: the real standard output when {@code out} is the one
   * {@link #main} made, otherwise a UTF-8 adapter over {@code out} (as in tests).
   */
  static OutputStream bytes(PrintWriter out) {
    if (out == stdoutWriter) {
      out.flush();
      return STDOUT;
    }
    return new OutputStream() {
      private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

      @Override
      public void write(int b) {
        pending.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
      }

      @Override
      public void flush() {
        byte[] b = pending.toByteArray();
        int end = b.length;
        int back = 0;
        while (back < Math.min(3, end) && (b[end - 1 - back] & 0xC0) == 0x80) {
          back++;
        }
        if (back < end && (b[end - 1 - back] & 0xC0) == 0xC0) {
          int need = (b[end - 1 - back] & 0xE0) == 0xC0 ? 1 : (b[end - 1 - back] & 0xF0) == 0xE0 ? 2 : 3;
          if (back < need) {
            end -= back + 1;
          }
        }
        out.write(new String(b, 0, end, StandardCharsets.UTF_8));
        pending.reset();
        pending.write(b, end, b.length - end);
        out.flush();
      }

      @Override
      public void close() {
        flush();
      }
    };
  }

  /** Runs the command line with these writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = Arrays.asList(args).contains("--verbose")
        || Arrays.asList(args).contains("-v");
    try {
      CommandLine cl = command();
      cl.setOut(out);
      cl.setErr(err);
      cl.setExecutionExceptionHandler((ex, line, parsed) -> {
        report(ex, line.getErr(), verbose);
        return Failures.exitCode(ex);
      });
      int code = cl.execute(args);
      out.flush();
      return code;
    } catch (Throwable t) {
      report(t, err, verbose);
      return Failures.exitCode(t);
    }
  }

  /** The configured command line. */
  public static CommandLine command() {
    CommandLine cl = new CommandLine(new NewsgraphCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "query @file.rq" reads the query file itself; picocli's own @file expansion would split it into words
    cl.setExpandAtFiles(false);
    cl.setExitCodeExceptionMapper(Failures::exitCode);
    // a bad option is one line and where to look, not the whole help
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("newsgraph: " + ex.getMessage() + " (see: newsgraph " + ex.getCommandLine().getCommandName()
          .replace("newsgraph", "").trim() + (ex.getCommandLine().getCommandName().equals("newsgraph") ? "" : " ")
          + "--help)");
      e.flush();
      return ExitCodes.USAGE;
    });
    return cl;
  }

  private static void report(Throwable t, PrintWriter err, boolean verbose) {
    err.println("newsgraph: " + Failures.message(t));
    if (verbose) {
      t.printStackTrace(err);
    }
    err.flush();
  }
}
