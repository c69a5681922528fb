package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.store.Tdb2Store;

/** The SPARQL endpoint over HTTP, and its safe defaults (reliability test 21, in part). */
class ServeIT {
  @TempDir
  Path dir;

  static HttpResponse<String> send(HttpClient c, HttpRequest r) throws Exception {
    return c.send(r, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesSparqlReadOnlyOnLoopbackWithoutService() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    long quads = Cli.value(Cli.run(store, "stats").out(), "quads");
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).timeoutMillis(5000).build();
      server.start();
      assertEquals("5000", st.datasetGraph().getContext().getAsString(ARQ.queryTimeout));
      try {
        String base = "http://127.0.0.1:" + server.getHttpPort() + "/newsgraph";
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String ask = "ASK { GRAPH ?g { ?e a <https://w3id.org/newsgraph/ontology#Meeting> } }";
        HttpResponse<String> q = send(c, HttpRequest.newBuilder(URI.create(base + "/sparql?query="
            + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
            .build());
        assertEquals(200, q.statusCode(), q.body());
        assertTrue(q.body().contains("true"), q.body());
        assertTrue(q.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"),
            "an answer that is no 503 passes the timeout filter untouched: " + q.headers());
        // the CLI's prefixes, and the union of the named graphs as the default graph
        String count = "SELECT (COUNT(*) AS ?n) { ?s a ng:Person }";
        HttpResponse<String> union = send(c, HttpRequest.newBuilder(URI.create(base + "/sparql"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(count)).build());
        assertEquals(200, union.statusCode(), union.body());
        assertEquals("n\r\n6\r\n", union.body());
        HttpResponse<String> viaGet = send(c, HttpRequest.newBuilder(URI.create(base + "/sparql?query="
            + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build());
        assertEquals("n\r\n6\r\n", viaGet.body());

        HttpResponse<String> upd = send(c, HttpRequest.newBuilder(URI.create(base + "/update"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
            .build());
        assertTrue(upd.statusCode() >= 400 && upd.statusCode() < 500, "update: " + upd.statusCode());
        HttpResponse<String> viaQuery = send(c, HttpRequest.newBuilder(URI.create(base + "/sparql"))
            .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
            .build());
        assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500, "update: " + viaQuery.statusCode());
        HttpResponse<String> put = send(c, HttpRequest.newBuilder(URI.create(base + "/data?default"))
            .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
            .build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "graph store write: " + put.statusCode());
        for (var connector : server.getJettyServer().getConnectors()) {
          String host = ((ServerConnector) connector).getHost();
          assertTrue("localhost".equals(host) || "127.0.0.1".equals(host), "listens on " + host);
        }
        HttpResponse<String> admin = send(c, HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + server.getHttpPort() + "/$/datasets")).build());
        assertEquals(404, admin.statusCode());

        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
          trap.setSoTimeout(1500);
          String service = "SELECT * { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/x> { ?s ?p ?o } }";
          HttpResponse<String> s = send(c, HttpRequest.newBuilder(URI.create(base + "/sparql?query="
              + URLEncoder.encode(service, StandardCharsets.UTF_8))).build());
          assertNotEquals(200, s.statusCode(), s.body());
          boolean hit;
          try (var ignored = trap.accept()) {
            hit = true;
          } catch (SocketTimeoutException e) {
            hit = false;
          }
          assertFalse(hit, "the server connected to a SERVICE endpoint");
        }
      } finally {
        server.stop();
      }
    }
    assertEquals(quads, Cli.value(Cli.run(store, "stats").out(), "quads"));
  }

  /** A question past the server's timeout is a 503 with a JSON message that the page shows. */
  @Test
  void aQuestionPastItsTimeoutIsA503WithAMessage() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).timeoutMillis(1).build();
      server.start();
      try {
        HttpClient c = HttpClient.newHttpClient();
        HttpResponse<String> r = send(c, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort()
            + "/api/ask?q=" + URLEncoder.encode("Who met whom?", StandardCharsets.UTF_8))).build());
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"error\"") && r.body().contains("timed out after"), r.body());
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> e = send(c, HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + server.getHttpPort() + "/newsgraph/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json").build());
        assertEquals(503, e.statusCode(), e.body());
        assertTrue(e.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), e.headers()
            .toString());
        assertTrue(e.body().contains("\"error\"") && e.body().contains("timed out after 1 s"), e.body());
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void openingTheServerUpNeedsAuthentication() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    for (String[] args : new String[][] {{"--bind", "0.0.0.0"}, {"--allow-update"}}) {
      List<String> all = new ArrayList<>(List.of("serve", "--store", store.toString(),
          "--port", "0"));
      all.addAll(List.of(args));
      Cli.Run r = Cli.run(all.toArray(new String[0]));
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertTrue(r.err().contains("warning: ") && r.err().contains("needs --auth FILE"), r.err());
    }
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, "analyst: s3cret\n");
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).auth(passwd).build();
      server.start();
      try {
        String url = "http://127.0.0.1:" + server.getHttpPort() + "/newsgraph/sparql?query="
            + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpClient c = HttpClient.newHttpClient();
        assertEquals(401, send(c, HttpRequest.newBuilder(URI.create(url)).build()).statusCode());
        String basic = Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, send(c, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
            .build()).statusCode());
        assertEquals(401, send(c, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort()
            + "/api/network")).build()).statusCode());
      } finally {
        server.stop();
      }
    }
  }
}
