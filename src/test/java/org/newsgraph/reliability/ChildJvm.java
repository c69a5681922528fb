package org.newsgraph.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the newsgraph CLI in a separate JVM, for tests where a process must die, compete or differ in locale. */
final class ChildJvm {
  private ChildJvm() {
  }

  /** A finished child. */
  record Result(int code, String out, String err) {
  }

  /**
   * The command that runs a program as root without the capabilities that let root read any file: a directory
   * with no permissions is then unreadable to it, as to any user. Null where {@code setpriv} is missing.
   */
  static List<String> withoutFileCapabilities() {
    Path setpriv = Path.of("/usr/bin/setpriv");
    return Files.isExecutable(setpriv) ? List.of(setpriv.toString(), "--bounding-set",
        "-dac_override,-dac_read_search") : null;
  }

  static ProcessBuilder builder(List<String> jvmArgs, Map<String, String> env, String... args) {
    return builder(List.of(), jvmArgs, env, args);
  }

  static ProcessBuilder builder(List<String> prefix, List<String> jvmArgs, Map<String, String> env,
      String... args) {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.newsgraph.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    return pb;
  }

  static Result run(List<String> jvmArgs, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return run(List.of(), jvmArgs, env, args);
  }

  /** As {@link #run(List, Map, String...)}, with a command before the JVM ({@link #withoutFileCapabilities}). */
  static Result run(List<String> prefix, List<String> jvmArgs, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder pb = builder(prefix, jvmArgs, env, args);
    File out = File.createTempFile("child", ".out");
    File err = File.createTempFile("child", ".err");
    pb.redirectOutput(out).redirectError(err);
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child JVM did not finish: " + String.join(" ", args));
    }
    Result r = new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
    out.delete();
    err.delete();
    return r;
  }
}
