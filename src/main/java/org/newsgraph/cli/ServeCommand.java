package org.newsgraph.cli;

import java.io.PrintWriter;
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
  java.nio.file.Path auth;

  @Option(names = "--no-ingest", description = "Do not accept articles at POST /api/ingest.")
  boolean noIngest;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout.")
  double timeout;

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
    if (auth != null && !java.nio.file.Files.isReadable(auth)) {
      throw new CliException(ExitCodes.IO, "cannot read the password file " + auth);
    }
    try (Tdb2Store st = store.open()) {
      NewsServer ns = NewsServer.create(st.datasetGraph()).port(port).allInterfaces(all)
          .allowUpdate(allowUpdate).timeoutMillis((long) (timeout * 1000));
      if (!noIngest && (!all || allowUpdate)) {
        ns.ingestInto(st);
      }
      if (auth != null) {
        ns.auth(auth);
      }
      FusekiServer server = ns.build();
      server.start();
      out.println("serving " + store.store + " at http://" + (all ? "0.0.0.0" : "127.0.0.1") + ":"
          + server.getHttpPort() + "/" + NewsServer.DATASET + "/sparql (" + (allowUpdate ? "updates allowed"
          : "read-only") + "); stop with Ctrl-C");
      out.flush();
      server.join();
    }
    return ExitCodes.OK;
  }
}
