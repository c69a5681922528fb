package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.serve.NewsServer;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph serve}: the store as a read-only SPARQL endpoint on loopback.
 *
 * <pre>
 * newsgraph serve --port 3030
 * curl 'http://127.0.0.1:3030/newsgraph/sparql?query=ASK%7B%7D'
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store as a SPARQL endpoint: http://127.0.0.1:PORT/newsgraph/sparql (read-only).")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", description = "127.0.0.1 (default) or 0.0.0.0 for every interface.")
  String bind;

  @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes.")
  boolean allowUpdate;

  @Option(names = "--auth", paramLabel = "FILE",
      description = "Require HTTP basic authentication; FILE holds 'user: password' lines (Jetty format).")
  Path auth;

  @Option(names = "--allow-ingest", description = "Accept articles at POST /api/ingest (JSON Lines; off by default).")
  boolean allowIngest;

  @Option(names = "--host", paramLabel = "NAME", description = "Also answer to this host name (repeatable); "
      + "requests naming another host are refused, against DNS rebinding.")
  List<String> hostNames = new ArrayList<>();

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout.")
  double timeout;

  @Option(names = "--threads", paramLabel = "N", description = "With --allow-ingest: at most N threads busy with "
      + "an ingest request (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private static boolean bindFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof BindException || String.valueOf(c.getMessage()).startsWith("Failed to bind")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean all = false;
    if (bind != null) {
      switch (bind) {
        case "127.0.0.1", "localhost", "::1" -> all = false;
        case "0.0.0.0", "::" -> all = true;
        default -> throw new CliException(ExitCodes.USAGE, "--bind takes 127.0.0.1 or 0.0.0.0, not " + bind);
      }
    }
    if (all) {
      err.println("newsgraph: warning: listening on every network interface; anyone who can reach this machine "
          + "can query the store");
    }
    if (allowUpdate) {
      err.println("newsgraph: warning: --allow-update: clients can change or delete the store");
    }
    err.flush();
    if ((all || allowUpdate) && auth == null) {
      throw new CliException(ExitCodes.USAGE, (all ? "--bind " + bind : "--allow-update")
          + " needs --auth FILE (users and passwords), so that the store is not open to anyone");
    }
    if (allowIngest && all && !allowUpdate) {
      throw new CliException(ExitCodes.USAGE, "--allow-ingest with --bind " + bind + " also needs --allow-update");
    }
    if (auth != null) {
      checkPasswordFile(auth, err);
    }
    try (Tdb2Store st = store.open()) {
      NewsServer ns = NewsServer.create(st.datasetGraph()).port(port).allInterfaces(all)
          .allowUpdate(allowUpdate).timeoutMillis(Timeout.millis(timeout));
      if (allowIngest) {
        ns.ingestInto(st).ingestThreads(threads);
      }
      ns.acceptHosts(hostNames);
      if (all) {
        ns.acceptHosts(localHostNames());
      }
      if (auth != null) {
        ns.auth(auth);
      }
      FusekiServer server = ns.build();
      try {
        server.start();
      } catch (RuntimeException e) {
        if (bindFailure(e)) {
          throw new CliException(ExitCodes.IO, "port " + port + " is in use on " + (all ? "0.0.0.0" : "127.0.0.1")
              + "; stop what uses it or choose another with --port");
        }
        throw e;
      }
      String base = "http://" + (all ? "0.0.0.0" : "127.0.0.1") + ":" + server.getHttpPort() + "/";
      out.println("serving " + store.store + " at " + base + NewsServer.DATASET + "/sparql; page: " + base);
      out.println("writable: SPARQL Update and Graph Store " + (allowUpdate ? "yes" : "no") + ", POST /api/ingest "
          + (allowIngest ? "yes" : "no (--allow-ingest)") + "; authentication " + (auth == null ? "none" : "required")
          + "; stop with Ctrl-C");
      out.flush();
      server.join();
    }
    return ExitCodes.OK;
  }

  /**
   * Refuses a password file that would let anyone in or that is not a file: a line without a password
   * ("analyst" or "analyst:") would be a user with an empty password, and a file without users locks everyone out.
   * Warns when other users of the machine can read it.
   */
  static void checkPasswordFile(Path file, PrintWriter err) {
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCodes.IO, "the password file " + file + " is a directory");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(ExitCodes.IO, "cannot read the password file " + file);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCodes.IO, "cannot read the password file " + file + ": " + e.getMessage());
    }
    int users = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String user = colon < 0 ? line : line.substring(0, colon).strip();
      String password = colon < 0 ? "" : line.substring(colon + 1).split(",")[0].strip();
      if (user.isEmpty() || password.isEmpty()) {
        throw new CliException(ExitCodes.DATA, file + ":" + (i + 1) + ": a user needs a password ('user: password')");
      }
      users++;
    }
    if (users == 0) {
      throw new CliException(ExitCodes.DATA, "the password file " + file + " has no users");
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(
          file);
      if (perms.contains(PosixFilePermission.OTHERS_READ)
          || perms.contains(PosixFilePermission.GROUP_READ)) {
        err.println("newsgraph: warning: the password file " + file + " is readable by other users (chmod 600 it)");
        err.flush();
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: nothing to check
    }
  }

  /** The machine's own names and addresses, which clients use when the server listens on every interface. */
  private static Set<String> localHostNames() {
    Set<String> names = new TreeSet<>();
    try {
      names.add(InetAddress.getLocalHost().getHostName());
      names.add(InetAddress.getLocalHost().getCanonicalHostName());
      for (var nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (var a : Collections.list(nif.getInetAddresses())) {
          String h = a.getHostAddress();
          int zone = h.indexOf('%');
          names.add(a instanceof Inet6Address ? "[" + (zone < 0 ? h : h.substring(0, zone)) + "]" : h);
        }
      }
    } catch (IOException e) {
      // the loopback names and --host still apply
    }
    return names;
  }
}
