package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import org.newsgraph.NewsPipeline;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.resolve.ResolutionCache;
import org.newsgraph.store.NewsStore;

/**
 * {@code POST /api/ingest}: ingest through the running server, which owns the store. The body is JSON
 * Lines (one article per line: id, title, date, url, text) sent as {@code application/x-ndjson} or
 * {@code application/json}, at most 20 MB; it is off unless {@code serve --allow-ingest}; the whole request is
 * committed as one batch, so a failed request leaves nothing half-written. Answers with the ingest summary as JSON.
 */
final class IngestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 20 << 20;
  private final transient NewsStore store;
  private final int threads;
  private final transient Pipeline pipeline;
  private final transient Semaphore running = new Semaphore(1);

  private final transient ResolutionCache resolution;

  IngestServlet(NewsStore store, int threads, ResolutionCache resolution) {
    this.store = store;
    this.threads = threads;
    this.resolution = resolution;
    this.pipeline = NewsPipeline.create().build();
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json;charset=utf-8");
    JsonObject o = new JsonObject();
    if (!jsonBody(req.getContentType())) {
      resp.setStatus(415);
      o.put("error", "send JSON Lines as Content-Type: application/x-ndjson (or application/json)");
      resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!running.tryAcquire()) {
      // one ingest at a time, refused before the body is read: slow or stalled bodies cannot pin the server's threads
      resp.setStatus(503);
      resp.setHeader("Retry-After", "5");
      o.put("error", "another ingest request is running; retry later");
      resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      ingest(req, resp, o);
    } finally {
      running.release();
    }
  }

  private void ingest(HttpServletRequest req, HttpServletResponse resp, JsonObject o) throws IOException {
    byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      resp.setStatus(413);
      o.put("error", "request over " + MAX_BODY + " bytes; send fewer articles per request");
      resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    // one write transaction for the whole request, so that a failed request leaves nothing half-written
    IngestJob job = IngestJob.of(pipeline).threads(threads).batch(Integer.MAX_VALUE);
    InputReader.Result in = job.readJsonLines("request", body).result();
    Ingester.Summary s;
    if (in.sources().isEmpty()) {
      s = new Ingester.Summary();
    } else {
      // one writer at a time for the store and the resolution cache (corrections take the same lock)
      synchronized (resolution) {
        s = job.resolution(resolution).run(store, in.sources()).summary();
      }
    }
    o.put("documents", s.documents);
    o.put("unchanged", s.unchanged);
    o.put("skipped", in.skipped().size());
    o.put("facts", s.facts);
    o.put("people", s.people);
    JsonArray rejected = new JsonArray();
    for (String r : List.copyOf(in.rejected())) {
      rejected.add(r);
    }
    s.failed.forEach(rejected::add);
    o.put("rejected", rejected);
    resp.setStatus(rejected.isEmpty() ? 200 : in.sources().isEmpty() ? 400 : 207);
    resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Only JSON media types: a cross-site HTML form can send {@code text/plain}, {@code multipart/form-data} and
   * {@code application/x-www-form-urlencoded} without a CORS preflight, but not these.
   */
  static boolean jsonBody(String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return t.equals("application/x-ndjson") || t.equals("application/json");
  }
}
