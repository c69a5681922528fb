package org.newsgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Sends articles to a running {@code newsgraph serve} ({@code POST /api/ingest}), in requests of a few
 * dozen articles; each request is one transaction on the server. Bounded connect and read timeouts, and
 * retries with backoff on connection failures and 5xx answers.
 *
 * <pre>
 * RemoteIngest.Summary s = new RemoteIngest(URI.create("http://127.0.0.1:3030/")).send(sources);
 * </pre>
 */
public final class RemoteIngest {
  private static final int PER_REQUEST = 50;
  private static final int TRIES = 3;

  private final URI endpoint;
  private final HttpClient client;

  /** A client for the server at {@code base} (its root URL). */
  public RemoteIngest(URI base) {
    String b = base.toString();
    this.endpoint = URI.create((b.endsWith("/") ? b : b + "/") + "api/ingest");
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** What the server did with all requests. */
  public static final class Summary {
    public int documents;
    public int unchanged;
    public int facts;
    public int people;
    public final List<String> failed = new ArrayList<>();
  }

  /** Sends the sources; failures are collected per request, never thrown. */
  public Summary send(List<Source> sources) {
    Summary sum = new Summary();
    for (int from = 0; from < sources.size(); from += PER_REQUEST) {
      List<Source> part = sources.subList(from, Math.min(sources.size(), from + PER_REQUEST));
      StringBuilder body = new StringBuilder();
      for (Source s : part) {
        JsonObject o = new JsonObject();
        o.put("id", s.id());
        String text = s.text();
        if (s.title() != null) {
          o.put("title", s.title());
        }
        if (s.date() != null) {
          o.put("date", s.date().toString());
        }
        if (s.url() != null) {
          o.put("url", s.url());
        }
        o.put("text", text);
        body.append(JSON.toStringFlat(o)).append('\n');
      }
      String problem = null;
      for (int attempt = 1; attempt <= TRIES; attempt++) {
        try {
          HttpResponse<String> r = client.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() >= 500) {
            problem = "server answered " + r.statusCode();
          } else if (r.statusCode() == 404 || r.statusCode() == 403 && !r.body().contains("\"documents\"")) {
            problem = "no ingest endpoint at " + endpoint + " (start the server with serve --allow-ingest)";
            break;
          } else {
            JsonObject o = JSON.parse(r.body());
            sum.documents += o.get("documents").getAsNumber().value().intValue();
            sum.unchanged += o.get("unchanged").getAsNumber().value().intValue();
            sum.facts += o.get("facts").getAsNumber().value().intValue();
            sum.people = o.get("people").getAsNumber().value().intValue();
            for (JsonValue v : o.get("rejected").getAsArray()) {
              sum.failed.add(v.getAsString().value());
            }
            problem = null;
            break;
          }
        } catch (IOException e) {
          problem = "cannot reach " + endpoint + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          problem = "interrupted";
          break;
        } catch (RuntimeException e) {
          problem = "bad answer from " + endpoint + ": " + e.getMessage();
          break;
        }
        try {
          Thread.sleep(500L << attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (problem != null) {
        for (Source s : part) {
          sum.failed.add(s.origin() + ": " + problem);
        }
      }
    }
    return sum;
  }
}
