package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.Corrections;
import org.newsgraph.resolve.People;
import org.newsgraph.resolve.ResolutionCache;

/**
 * {@code POST /api/resolve}: the page's merge and keep-apart, as {@code resolve --merge} and {@code --keep-apart}
 * do them: {@code {"action": "merge"|"keep-apart"|"allow", "a": NAME, "b": NAME, "reason": TEXT}}, stored with the
 * authenticated user and the time, then resolution runs again. Registered only when the server allows writes
 * ({@code --allow-update}, which needs {@code --auth}).
 */
final class CorrectionServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient DatasetGraph dsg;

  private final transient ResolutionCache resolution;

  CorrectionServlet(DatasetGraph dsg, ResolutionCache resolution) {
    this.dsg = dsg;
    this.resolution = resolution;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json;charset=utf-8");
    JsonObject out = new JsonObject();
    try {
      String type = req.getContentType() == null ? "" : req.getContentType();
      if (!type.startsWith("application/json")) {
        resp.setStatus(415);
        out.put("error", "send application/json");
        return;
      }
      byte[] body = req.getInputStream().readNBytes(8193);
      if (body.length > 8192) {
        throw new IllegalArgumentException("request over 8 KB");
      }
      JsonObject in = JSON.parse(new String(body, StandardCharsets.UTF_8));
      String action = text(in, "action");
      Corrections.Action a = switch (action) {
        case "merge" -> Corrections.Action.MERGE;
        case "keep-apart" -> Corrections.Action.KEEP_APART;
        case "allow" -> Corrections.Action.ALLOW;
        default -> throw new IllegalArgumentException("action is merge, keep-apart or allow");
      };
      String nameA = text(in, "a");
      String nameB = text(in, "b");
      String reason = in.hasKey("reason") ? text(in, "reason") : null;
      String who = req.getRemoteUser() == null ? "anonymous" : req.getRemoteUser();
      int people;
      synchronized (resolution) {
        // one writer at a time for the store and the resolution cache (ingest requests take the same lock)
        people = resolution.keepIfCommitted(() -> Txn.calculateWrite(dsg, () -> {
          People.Match ma = one(nameA);
          People.Match mb = one(nameB);
          if (a == Corrections.Action.MERGE && ma.slug().equals(mb.slug())) {
            throw new IllegalArgumentException("'" + nameA + "' and '" + nameB + "' are already one person");
          }
          Corrections.record(dsg, a, ma.slug(), ma.key(), mb.slug(), mb.key(), reason, who, Instant.now());
          return CorpusResolver.resolve(dsg, resolution);
        }));
      }
      out.put("people", people);
      out.put("done", action + ": " + nameA + " and " + nameB);
    } catch (IllegalArgumentException | JsonParseException e) {
      resp.setStatus(400);
      out.put("error", String.valueOf(e.getMessage()));
    } finally {
      resp.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private People.Match one(String name) {
    List<People.Match> found = People.find(dsg, name);
    if (found.size() != 1) {
      StringBuilder b = new StringBuilder(found.isEmpty() ? "no person is named '" + name + "'" : "'" + name
          + "' names " + found.size() + " people:");
      found.forEach(m -> b.append(' ').append(m.slug()));
      throw new IllegalArgumentException(b.toString());
    }
    return found.get(0);
  }

  private static String text(JsonObject o, String key) {
    if (!o.hasKey(key) || !o.get(key).isString() || o.get(key).getAsString().value().isBlank()
        || o.get(key).getAsString().value().length() > 500) {
      throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string of at most 500 characters");
    }
    return o.get(key).getAsString().value();
  }
}
