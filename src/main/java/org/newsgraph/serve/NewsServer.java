package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.AbstractConnector;

import org.newsgraph.resolve.ResolutionCache;
import org.newsgraph.store.NewsStore;

/**
 * The store as a SPARQL endpoint and a web page: an embedded Apache Fuseki with safe defaults, because the embedded
 * builder's own defaults are not (it listens on every interface and accepts updates). Loopback only,
 * read-only (SPARQL Update and Graph Store writes are refused), no {@code SERVICE}, a query timeout, no ingest
 * unless {@link #ingestInto} is called, and a {@link RequestGuard} against DNS rebinding and cross-site writes.
 *
 * <pre>
 * FusekiServer server = NewsServer.create(dsg).port(3030).build();
 * server.start();   // http://127.0.0.1:3030/newsgraph/sparql
 * </pre>
 */
public final class NewsServer {
  /** The dataset name in URLs. */
  public static final String DATASET = "newsgraph";

  private final DatasetGraph dsg;
  private NewsStore store;
  private int ingestThreads = Runtime.getRuntime().availableProcessors();
  private Path passwordFile;
  private int port = 3030;
  private boolean allInterfaces;
  private boolean allowUpdate;
  private long timeoutMillis = 30_000;
  private final Set<String> hosts = new TreeSet<>(LOOPBACK_NAMES);

  /** The host names that a loopback server answers to; any other {@code Host} header is refused. */
  public static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private NewsServer(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** A server over this dataset with the safe defaults. */
  public static NewsServer create(DatasetGraph dsg) {
    return new NewsServer(dsg);
  }

  /** The port (0 picks a free one). */
  public NewsServer port(int p) {
    this.port = p;
    return this;
  }

  /** Listen on every interface instead of loopback only. */
  public NewsServer allInterfaces(boolean b) {
    this.allInterfaces = b;
    return this;
  }

  /** Accept SPARQL Update and Graph Store writes. */
  public NewsServer allowUpdate(boolean b) {
    this.allowUpdate = b;
    return this;
  }

  /** At most this many threads busy with one {@code POST /api/ingest} (default: the cores). */
  public NewsServer ingestThreads(int n) {
    this.ingestThreads = n;
    return this;
  }

  /** Accept articles at {@code POST /api/ingest}, written to this store (which must hold the dataset). */
  public NewsServer ingestInto(NewsStore s) {
    this.store = s;
    return this;
  }

  /**
   * Also answer to these host names (a {@code Host} or {@code Origin} naming another host is refused, against
   * DNS rebinding and cross-site writes). IPv6 addresses are given in brackets.
   */
  public NewsServer acceptHosts(Collection<String> names) {
    names.forEach(n -> hosts.add(n.toLowerCase(Locale.ROOT)));
    return this;
  }

  /** Require HTTP basic authentication for every request, with users from a Jetty password file. */
  public NewsServer auth(Path file) {
    this.passwordFile = file;
    return this;
  }

  /** Query timeout in milliseconds. */
  public NewsServer timeoutMillis(long ms) {
    this.timeoutMillis = ms;
    return this;
  }

  /** Builds the (not yet started) Fuseki server. */
  public FusekiServer build() {
    dsg.getContext().set(ARQ.httpServiceAllowed, false);
    dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
    FusekiServer.Builder b = FusekiServer.create();
    if (passwordFile != null) {
      b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC)
          .serverAuthPolicy(Auth.ANY_USER);
    }
    // the server owns the store: what resolution read and wrote is kept between its writes
    ResolutionCache resolution = new ResolutionCache();
    if (store != null) {
      b.addServlet("/api/ingest", new IngestServlet(store, ingestThreads, resolution));
    }
    if (allowUpdate) {
      b.addServlet("/api/resolve", new CorrectionServlet(dsg, resolution));
    }
    FusekiServer server = b
        .addFilter("/*", new RequestGuard(hosts))
        .addFilter("/" + DATASET + "/*", new PrefixFilter())
        .addFilter("/" + DATASET + "/*", new TimeoutJsonFilter(timeoutMillis))
        .port(port)
        .loopback(!allInterfaces)
        .add(DATASET, dsg, allowUpdate)
        .addServlet("/api/*", new ApiServlet(dsg, timeoutMillis, allowUpdate))
        .addServlet("", new WebServlet())
        .addServlet("/index.html", new WebServlet())
        .addServlet("/app.js", new WebServlet())
        .addServlet("/vendor/*", new WebServlet())
        .enablePing(true)
        .build();
    if (passwordFile != null) {
      server.getJettyServer().setHandler(new LoginThrottle(server.getJettyServer().getHandler()));
    }
    for (var c : server.getJettyServer().getConnectors()) {
      if (c instanceof AbstractConnector a) {
        // a client that sends nothing for this long loses its connection (and its thread)
        a.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
      }
    }
    return server;
  }

  /** Idle timeout of a connection, against slow or stalled request bodies. */
  public static final long IDLE_TIMEOUT_MILLIS = 20_000;
}
