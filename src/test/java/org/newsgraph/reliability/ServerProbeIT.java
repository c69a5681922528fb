package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability, round two (issue 17): hostile requests that a web page in the user's browser can make, sent over
 * 127.0.0.1 to the real {@code serve} command in a child JVM. Raw sockets, because an HTTP client library will
 * not let a test forge the {@code Host} header as a rebinding browser sends it.
 */
class ServerProbeIT {
  @TempDir
  Path dir;

  static final String ARTICLE = "{\"id\":\"planted\",\"text\":\"Foreign Minister Ida Berg met Secretary of State "
      + "Tom Hale in Oslo on Monday.\"}\n";

  static final String COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d <https://w3id.org/newsgraph/ontology#"
      + "textHash> ?h } }";

  /** A running {@code newsgraph serve}; closing it kills the child. */
  record Server(Process process, int port) implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      process.destroy();
      process.waitFor();
    }
  }

  Server serve(String... extra) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    List<String> args = new ArrayList<>(List.of("serve", "--store", dir.resolve("s").toString(), "--port",
        Integer.toString(port)));
    args.addAll(List.of(extra));
    File out = dir.resolve("serve-" + port + ".out").toFile();
    Process p = ChildJvm.builder(List.of("-Xmx512m"), Map.of(), args.toArray(new String[0]))
        .redirectOutput(out).redirectErrorStream(true).start();
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.readString(out.toPath()).contains("writable:")) {
        return new Server(p, port);
      }
      if (!p.isAlive()) {
        throw new AssertionError("serve exited: " + Files.readString(out.toPath()));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not start: " + Files.readString(out.toPath()));
  }

  /** One raw HTTP/1.1 exchange; returns the status line and the body. */
  static String[] http(int port, String method, String path, Map<String, String> headers, String body)
      throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(30_000);
      byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      if (!headers.containsKey("Host")) {
        req.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
      req.append("Content-Length: ").append(b.length).append("\r\nConnection: close\r\n\r\n");
      OutputStream o = s.getOutputStream();
      o.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      o.write(b);
      o.flush();
      InputStream in = s.getInputStream();
      String resp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String status = resp.substring(0, resp.indexOf("\r\n"));
      int sep = resp.indexOf("\r\n\r\n");
      return new String[] {status, sep < 0 ? "" : resp.substring(sep + 4)};
    }
  }

  static int status(String[] r) {
    return Integer.parseInt(r[0].split(" ")[1]);
  }

  long documents(int port) throws IOException {
    String[] r = http(port, "GET", "/newsgraph/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8),
        Map.of("Accept", "text/csv"), null);
    assertEquals(200, status(r), r[1]);
    Matcher m = Pattern.compile("(\\d+)\\s*$").matcher(r[1].trim());
    assertTrue(m.find(), r[1]);
    return Long.parseLong(m.group(1));
  }

  @Test
  void p02IngestOverHttpIsOffByDefault() throws Exception {
    try (Server s = serve()) {
      String[] r = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "application/x-ndjson"), ARTICLE);
      assertEquals(403, status(r), r[1]);
      assertTrue(r[1].contains("--allow-ingest"), r[1]);
      assertEquals(0, documents(s.port()));
    }
  }

  @Test
  void p02CrossSiteWritesAreRefusedWhenIngestIsOn() throws Exception {
    try (Server s = serve("--allow-ingest")) {
      String[] form = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "text/plain",
          "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"), ARTICLE);
      assertEquals(403, status(form), form[1]);
      String[] plain = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "text/plain"), ARTICLE);
      assertEquals(415, status(plain), plain[1]);
      String[] fetch = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "application/x-ndjson",
          "Origin", "http://evil.example"), ARTICLE);
      assertEquals(403, status(fetch), fetch[1]);
      String[] nullOrigin = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "application/json",
          "Origin", "null"), ARTICLE);
      assertEquals(403, status(nullOrigin), nullOrigin[1]);
      assertEquals(0, documents(s.port()), "no hostile request wrote anything");

      String[] own = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "application/x-ndjson",
          "Origin", "http://127.0.0.1:" + s.port()), ARTICLE);
      assertEquals(200, status(own), own[1]);
      assertEquals(1, documents(s.port()));
    }
  }

  @Test
  void p12ARebindingHostNameCannotReadTheStore() throws Exception {
    try (Server s = serve()) {
      String q = "/newsgraph/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
      String[] evil = http(s.port(), "GET", q, Map.of("Host", "evil.example:" + s.port()), null);
      assertEquals(421, status(evil), evil[1]);
      String[] page = http(s.port(), "GET", "/api/network", Map.of("Host", "attacker.test"), null);
      assertEquals(421, status(page), page[1]);
      for (String ok : List.of("localhost:" + s.port(), "127.0.0.1:" + s.port(), "[::1]:" + s.port())) {
        String[] r = http(s.port(), "GET", q, Map.of("Host", ok), null);
        assertEquals(200, status(r), ok + ": " + r[1]);
      }
    }
  }

  @Test
  void p10AnEmptyIngestRequestDoesNothing() throws Exception {
    try (Server s = serve("--allow-ingest")) {
      long t0 = System.nanoTime();
      String[] r = http(s.port(), "POST", "/api/ingest", Map.of("Content-Type", "application/x-ndjson"), "\n\n");
      assertEquals(200, status(r), r[1]);
      assertTrue(r[1].contains("\"documents\" : 0") || r[1].contains("\"documents\":0"), r[1]);
      assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "an empty request rebuilt something");
      assertEquals(0, documents(s.port()));
    }
  }

  @Test
  void p11StalledBodiesDoNotFreezeTheServer() throws Exception {
    try (Server s = serve("--allow-ingest")) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 24; i++) {
          Socket k = new Socket(InetAddress.getLoopbackAddress(), s.port());
          k.getOutputStream().write(("POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\nContent-Type: "
              + "application/x-ndjson\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
          k.getOutputStream().flush();
          stalled.add(k);
        }
        long t0 = System.nanoTime();
        assertEquals(0, documents(s.port()));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "a query waited behind stalled uploads");
      } finally {
        for (Socket k : stalled) {
          k.close();
        }
      }
    }
  }

  /** Item 24: guessing passwords is throttled; a locked-out address gets 429, even with the right password. */
  @Test
  void p24FailedLoginsAreThrottled() throws Exception {
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, "analyst: s3cret\n");
    Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-------"));
    String good = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(
        StandardCharsets.UTF_8));
    String bad = "Basic " + Base64.getEncoder().encodeToString("analyst:guess".getBytes(
        StandardCharsets.UTF_8));
    try (Server s = serve("--auth", passwd.toString())) {
      String path = "/newsgraph/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
      assertEquals(401, status(http(s.port(), "GET", path, Map.of(), null)), "no credentials: the challenge");
      assertEquals(200, status(http(s.port(), "GET", path, Map.of("Authorization", good), null)));
      for (int i = 0; i < 10; i++) {
        assertEquals(401, status(http(s.port(), "GET", path, Map.of("Authorization", bad), null)), "guess " + i);
      }
      String[] locked = http(s.port(), "GET", path, Map.of("Authorization", good), null);
      assertEquals(429, status(locked), locked[1]);
      assertTrue(locked[1].contains("too many failed logins"), locked[1]);
    }
  }

  /** Item 8 at the endpoint: a backtracking REGEX is refused before Fuseki runs it, in a GET and in a POST. */
  @Test
  void p08TheEndpointRefusesABacktrackingRegex() throws Exception {
    String redos = "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?o), \"^(\\\\w+\\\\s?)*$\")) }";
    try (Server s = serve()) {
      long t0 = System.nanoTime();
      String[] get = http(s.port(), "GET", "/newsgraph/sparql?query=" + URLEncoder.encode(redos,
          StandardCharsets.UTF_8), Map.of(), null);
      assertEquals(400, status(get), get[1]);
      assertTrue(get[1].contains("catastrophic backtracking"), get[1]);
      String[] post = http(s.port(), "POST", "/newsgraph/sparql", Map.of("Content-Type", "application/sparql-query"),
          redos);
      assertEquals(400, status(post), post[1]);
      assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the refusal came late");
      String fine = "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?o), \"^Put(in|on)\")) } LIMIT 1";
      assertEquals(200, status(http(s.port(), "GET", "/newsgraph/sparql?query=" + URLEncoder.encode(fine,
          StandardCharsets.UTF_8), Map.of(), null)));
    }
  }
}
