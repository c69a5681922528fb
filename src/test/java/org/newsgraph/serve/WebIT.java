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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    try (Tdb2Store st = Tdb2Store.open(store, false)) {
      FusekiServer server = NewsServer.create(st.datasetGraph()).port(0).build();
      server.start();
      try {
        String base = "http://127.0.0.1:" + server.getHttpPort();
        HttpClient c = HttpClient.newHttpClient();
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

        String browser = chromium();
        Assumptions.assumeTrue(browser != null,
            "headless Chromium is not installed");
        Path shot = Path.of("target", "web-screenshot.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        String page = base + "/?q=" + URLEncoder.encode("Who met whom?", StandardCharsets.UTF_8);
        String dom = run(browser, dir, "--dump-dom", page);
        for (String pair : List.of("Condoleezza Rice – Dmitry Medvedev (met", "Condoleezza Rice – Vladimir Putin (met",
            "Dmitry Medvedev – Robert Gates (met", "Robert Gates – Vladimir Putin (met", "Bush – Vladimir Putin (contact")) {
          assertTrue(dom.contains(pair), "the network lacks " + pair + "\n" + dom);
        }
        assertTrue(dom.contains("4 answer(s)"), "the question box did not answer\n" + dom);
        run(browser, dir, "--screenshot=" + shot, page);
        assertTrue(Files.size(shot) > 10_000, "screenshot");
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
