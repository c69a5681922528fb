package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.Cli;
import org.newsgraph.store.Tdb2Store;

/** The web page and its API, end to end in headless Chromium when it is installed. */
class WebIT {
  @TempDir
  Path dir;

  static String get(HttpClient c, String url) throws Exception {
    HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return r.body();
  }

  static String chromium() throws Exception {
    for (String c : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      if (new ProcessBuilder("sh", "-c", "command -v " + c).start().waitFor() == 0) {
        return c;
      }
    }
    return null;
  }

  @Test
  void thePageShowsTheSeedMeetingsAndTheContact() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    serving(store, (base, c) -> {
      assertTrue(get(c, base + "/").contains("newsgraph: who met whom"));
      assertTrue(get(c, base + "/vendor/cytoscape.min.js").length() > 100_000);
      JsonObject net = JSON.parse(get(c, base + "/api/network"));
      assertEquals(5, net.get("nodes").getAsArray().size());
      assertEquals(5, net.get("edges").getAsArray().size());
      String answers = get(c, base + "/api/ask?q=" + URLEncoder.encode("Who met whom?", StandardCharsets.UTF_8));
      assertEquals(4, JSON.parse(answers).get("results").getAsObject().get("bindings").getAsArray().size());
      String putin = "https://w3id.org/newsgraph/id/person/vladimir-putin";
      String bush = "https://w3id.org/newsgraph/id/person/bush";
      String ev = get(c, base + "/api/evidence?kind=contact&a=" + URLEncoder.encode(putin, StandardCharsets.UTF_8)
          + "&b=" + URLEncoder.encode(bush, StandardCharsets.UTF_8));
      assertTrue(ev.contains("letter from President Bush"), ev);

      String top = get(c, base + "/api/top");
      assertTrue(top.contains("Vladimir Putin"), top);
      String topics = get(c, base + "/api/topics");
      assertTrue(topics.contains("\"code\" : \"ngi:missile-defense\"") && topics.contains("medtop:20000602"),
          "the topic tree holds the issues in use and their broader IPTC concepts: " + topics);
    });
  }

  /**
   * The analyst's page on real news (the 50 VOA documents of the tests, as JSON Lines with dates): headless Chromium
   * searches a person, opens the profile, expands a neighbour, filters by date and downloads the CSV; the page
   * writes what it saw into the DOM ({@code ?selftest=NAME}), and two screenshots are taken.
   */
  @Test
  void anAnalystFindsAPersonAndFollowsTheirNetwork() throws Exception {
    Path corpus = dir.resolve("voa.jsonl");
    StringBuilder lines = new StringBuilder();
    int i = 0;
    for (Path from : new Path[] {Path.of("dev/voa"), Path.of("src/test/resources/voa-people")}) {
      try (var files = Files.list(from)) {
        for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
          JsonObject o = new JsonObject();
          o.put("id", f.getFileName().toString().replace(".txt", ""));
          o.put("date", LocalDate.of(2005, 1, 1).plusDays(20L * i++).toString());
          o.put("title", "VOA news " + o.get("id").getAsString().value());
          o.put("text", Files.readString(f));
          lines.append(o.toString().replace("\n", " ")).append('\n');
        }
      }
    }
    Files.writeString(corpus, lines);
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", corpus.toString()).code());
    serving(store, (base, c) -> {
      String hits = get(c, base + "/api/search?q=" + URLEncoder.encode("Musharaf", StandardCharsets.UTF_8));
      assertTrue(hits.contains("Pervez Musharraf"), "fuzzy search: " + hits);
      String putin = "https://w3id.org/newsgraph/id/person/vladimir-putin";
      JsonObject profile = JSON.parse(get(c, base + "/api/person?id=" + URLEncoder.encode(putin,
          StandardCharsets.UTF_8)));
      assertEquals("Vladimir Putin", profile.get("label").getAsString().value());
      assertTrue(profile.get("interactions").getAsArray().size() > 0, profile.toString());
      assertTrue(profile.get("roles").getAsArray().get(0).getAsObject().get("first").getAsString().value()
          .startsWith("200"), "roles carry the dates of their articles: " + profile);
      HttpResponse<String> bad = c.send(HttpRequest.newBuilder(URI.create(base + "/api/person?id=nobody")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(400, bad.statusCode());
      assertTrue(JSON.parse(bad.body()).get("error").getAsString().value().contains("person IRI"), bad.body());

      String browser = chromium();
      Assumptions.assumeTrue(browser != null, "headless Chromium is not installed");
      String page = base + "/?selftest=" + URLEncoder.encode("Vladimir Putin", StandardCharsets.UTF_8)
          + "&from=2005-01-01&to=2005-12-31";
      String dom = run(browser, dir, "--dump-dom", page);
      Matcher m = Pattern.compile("<pre id=\"selftest\"[^>]*>([^<]*)</pre>")
          .matcher(dom);
      assertTrue(m.find(), "no self-test result\n" + dom);
      JsonObject log = JSON.parse(m.group(1).replace("&quot;", "\""));
      assertTrue(log.get("ok").getAsBoolean().value(), log.toString());
      assertEquals("Vladimir Putin", log.get("first").getAsString().value(), log.toString());
      assertTrue(log.get("nodesAfter").getAsNumber().value().intValue() > log.get("nodesBefore").getAsNumber()
          .value().intValue(), "expanding a neighbour adds people: " + log);
      assertTrue(log.get("edgesInDates").getAsNumber().value().intValue() < log.get("edgesAll").getAsNumber()
          .value().intValue(), "the date filter hides edges: " + log);
      assertTrue(log.get("csvLines").getAsNumber().value().intValue() > 0, log.toString());
      assertEquals("counterpart,kind,modality,reports,confidence,first,last,documents,evidence",
          log.get("csvHead").getAsString().value());
      assertTrue(log.get("evidence").getAsNumber().value().intValue() > 0, log.toString());
      assertTrue(log.get("topics").getAsNumber().value().intValue() > 10, "the topic tree is drawn: " + log);
      assertTrue(log.hasKey("topic"), "one of the network's edges discussed a topic: " + log);
      int onTopic = log.get("edgesOnTopic").getAsNumber().value().intValue();
      assertTrue(onTopic >= 1 && onTopic <= log.get("edgesAll").getAsNumber().value().intValue(),
          "the topic filter keeps the edges about it: " + log);
      assertTrue(dom.contains("Met and contacted by Vladimir Putin"), dom);
      Path shots = Path.of("target", "screenshots").toAbsolutePath();
      Files.createDirectories(shots);
      run(browser, dir, "--screenshot=" + shots.resolve("profile.png"), page);
      run(browser, dir, "--screenshot=" + shots.resolve("answers.png"), base + "/?q="
          + URLEncoder.encode("Who met whom?", StandardCharsets.UTF_8));
      assertTrue(Files.size(shots.resolve("profile.png")) > 20_000, "screenshot");
      assertTrue(Files.size(shots.resolve("answers.png")) > 20_000, "screenshot");
    });
  }

  /** The page's merge: only where the server allows writes, stored with the authenticated user. */
  @Test
  void aMergeFromThePageIsACorrectionByItsUser() throws Exception {
    Path store = dir.resolve("s");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
    serving(store, (base, c) -> {
      HttpResponse<String> off = c.send(HttpRequest.newBuilder(URI.create(base + "/api/resolve"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(off.statusCode() == 403 || off.statusCode() == 405, "read-only server: " + off.statusCode());
      assertTrue(get(c, base + "/api/capabilities").contains("false"));
    });
    Path passwd = dir.resolve("passwd");
    Files.writeString(passwd, "analyst: s3cret\n");
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).allowUpdate(true).auth(passwd).build();
      server.start();
      try {
        String base = "http://127.0.0.1:" + server.getHttpPort();
        String basic = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(
            StandardCharsets.UTF_8));
        HttpClient c = HttpClient.newHttpClient();
        String body = "{\"action\": \"merge\", \"a\": \"Condoleezza Rice\", \"b\": \"Robert Gates\", "
            + "\"reason\": \"a test\"}";
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/api/resolve"))
            .header("Content-Type", "application/json").header("Authorization", basic)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(5, JSON.parse(r.body()).get("people").getAsNumber().value().intValue(), r.body());
        HttpResponse<String> unknown = c.send(HttpRequest.newBuilder(URI.create(base + "/api/resolve"))
            .header("Content-Type", "application/json").header("Authorization", basic)
            .POST(HttpRequest.BodyPublishers.ofString(body.replace("Robert Gates", "Nobody Known"))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("no person is named 'Nobody Known'"), unknown.body());
      } finally {
        server.stop();
      }
    }
    Cli.Run who = Cli.run(store, "query", "--format", "tsv",
        "SELECT ?who { GRAPH ngg:curation { ?c a ng:Correction ; prov:wasAssociatedWith ?who } }");
    assertTrue(who.out().contains("analyst"), who.out());
  }

  /** What a test does with a running server: its base URL and a client. */
  interface Visit {
    void run(String base, HttpClient c) throws Exception;
  }

  /** Serves the store on a free port for the visit, and stops. */
  static void serving(Path store, Visit visit) throws Exception {
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).build();
      server.start();
      try {
        visit.run("http://127.0.0.1:" + server.getHttpPort(), HttpClient.newHttpClient());
      } finally {
        server.stop();
      }
    }
  }

  static String run(String browser, Path dir, String what, String url) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("chrome-profile"), "--window-size=1400,1000",
        "--virtual-time-budget=15000", what, url));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium hung");
    return out;
  }
}
