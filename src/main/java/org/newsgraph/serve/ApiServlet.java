package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import org.newsgraph.query.AskService;
import org.newsgraph.query.Network;
import org.newsgraph.query.Profiles;
import org.newsgraph.query.SafeQuery;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The page's JSON API: {@code /api/ask?q=QUESTION} (SPARQL JSON results of {@code ask}),
 * {@code /api/network} (people and edges), {@code /api/evidence?a=IRI&b=IRI&kind=met|contact} (the sentences behind
 * one edge), the profile calls ({@code /api/search}, {@code /api/person}, {@code /api/ego}, {@code /api/context},
 * {@code /api/top}) and {@code /api/topics} (the issues in use as IPTC Media Topics, for the page's tree).
 * Read-only; user text is bound into templates, never pasted.
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient DatasetGraph dsg;
  private final long timeoutMillis;

  ApiServlet(DatasetGraph dsg, long timeoutMillis, boolean corrections) {
    this(dsg, timeoutMillis);
    this.corrections = corrections;
  }

  private boolean corrections;

  ApiServlet(DatasetGraph dsg, long timeoutMillis) {
    this.dsg = dsg;
    this.timeoutMillis = timeoutMillis;
  }

  private static final String EVIDENCE = """
      SELECT DISTINCT ?sentence ?document ?trigger ?medium {
        GRAPH ngg:entities { ?la ng:resolvesTo ?a . ?lb ng:resolvesTo ?b }
        GRAPH ?g {
          ?e a ?kind ; ng:modality ng:Happened ; ng:trigger ?trigger ; ng:medium ?medium ;
             prov:wasDerivedFrom ?s ; ng:document ?d .
          { ?e ng:sideA ?la ; ng:sideB ?lb } UNION { ?e ng:sideA ?lb ; ng:sideB ?la }
          ?s nif:anchorOf ?sentence . ?d schema:identifier ?document .
        }
      } ORDER BY ?document ?sentence""";

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "" : req.getPathInfo();
    resp.setContentType("application/json;charset=utf-8");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    try {
      byte[] body = switch (path) {
        case "/ask" -> ask(req.getParameter("q"));
        case "/network" -> network();
        case "/evidence" -> evidence(req.getParameter("a"), req.getParameter("b"), req.getParameter("kind"));
        case "/search" -> json(() -> Profiles.search(dsg, required(req, "q"), 20));
        case "/top" -> json(() -> Profiles.top(dsg, 20));
        case "/topics" -> json(() -> Profiles.topics(dsg));
        case "/capabilities" -> ("{\"corrections\": " + corrections + "}").getBytes(
            StandardCharsets.UTF_8);
        case "/person" -> json(() -> Profiles.person(dsg, person(req.getParameter("id"))));
        case "/ego" -> json(() -> Profiles.ego(dsg, person(req.getParameter("id"))));
        case "/context" -> json(() -> Profiles.evidence(dsg, person(req.getParameter("a")),
            person(req.getParameter("b")), req.getParameter("kind")));
        default -> null;
      };
      if (body == null) {
        resp.sendError(404);
        return;
      }
      resp.getOutputStream().write(body);
    } catch (AskService.NotUnderstoodException | IllegalArgumentException e) {
      error(resp, 400, e.getMessage());
    } catch (QueryCancelledException e) {
      // the page shows this message; a client may retry later
      error(resp, 503, String.format(Locale.ROOT, "timed out after %.0f s", timeoutMillis / 1000.0));
    } catch (RuntimeException e) {
      error(resp, 500, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
          : ": " + e.getMessage()));
    }
  }

  private static void error(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json;charset=utf-8");
    JsonObject o = new JsonObject();
    o.put("error", message);
    resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Only {@code /api/ingest} takes a POST, and when it is on, its own servlet answers it. */
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    boolean ingest = "/ingest".equals(req.getPathInfo());
    resp.setStatus(ingest ? 403 : 405);
    resp.setContentType("application/json;charset=utf-8");
    JsonObject o = new JsonObject();
    o.put("error", ingest ? "ingest over HTTP is off; start the server with serve --allow-ingest" : "POST not allowed");
    resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON answer read in one transaction; a missing person is a 404 (as an IllegalArgumentException: 400). */
  private byte[] json(Supplier<JsonValue> read) {
    JsonValue v = Txn.calculateRead(dsg, read::get);
    if (v == null) {
      throw new IllegalArgumentException("no such person");
    }
    return v.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String required(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank() || v.length() > 200) {
      throw new IllegalArgumentException("missing or over-long " + name);
    }
    return v;
  }

  private static String person(String iri) {
    if (iri == null || !iri.startsWith(Vocab.ID + "person/") || iri.length() > 500) {
      throw new IllegalArgumentException("a person IRI is required");
    }
    return iri;
  }

  private byte[] ask(String q) {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("missing q");
    }
    AskService.Plan plan = AskService.plan(q, false);
    Query resolved = Txn.calculateRead(dsg, () -> AskService.resolve(dsg, plan));
    return select(resolved, Map.of());
  }

  private byte[] select(Query query, Map<String, Node> bindings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Txn.executeRead(dsg, () -> {
      try (QueryExecution qe = SafeQuery.exec(dsg, query, bindings, timeoutMillis)) {
        ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_JSON);
      }
    });
    return out.toByteArray();
  }

  private byte[] evidence(String a, String b, String kind) {
    if (a == null || b == null || !a.startsWith(Vocab.ID + "person/") || !b.startsWith(Vocab.ID + "person/")) {
      throw new IllegalArgumentException("a and b must be person IRIs");
    }
    Node k = "contact".equals(kind) ? NG.Contact : NG.Meeting;
    return select(SafeQuery.parse(AskService.prefixes() + EVIDENCE, 1000),
        Map.of("a", Vocab.iri(a), "b", Vocab.iri(b), "kind", k));
  }

  private byte[] network() {
    // the page draws who met whom; posts in organizations are for the exports
    Network n = Txn.calculateRead(dsg, () -> Network.of(dsg, false));
    JsonObject root = new JsonObject();
    JsonArray nodes = new JsonArray();
    for (Network.Person p : n.people().values()) {
      JsonObject o = new JsonObject();
      o.put("id", p.id());
      o.put("label", p.label());
      JsonArray cs = new JsonArray();
      p.countries().forEach(cs::add);
      o.put("countries", cs);
      nodes.add(o);
    }
    JsonArray edges = new JsonArray();
    for (Network.Edge e : n.edges()) {
      JsonObject o = new JsonObject();
      o.put("source", e.source());
      o.put("target", e.target());
      o.put("kind", e.kind());
      o.put("reports", e.reports());
      JsonArray is = new JsonArray();
      e.issues().forEach(is::add);
      o.put("issues", is);
      edges.add(o);
    }
    root.put("nodes", nodes);
    root.put("edges", edges);
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
