package org.newsgraph.query;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.rdf.VocabularyGraph;
import org.newsgraph.resolve.NameKeys;

/**
 * What the page shows of people, read straight from the indexes (no query planning): a fuzzy person search, a
 * person's profile (names, roles, countries, the people met and contacted with report counts and sources), the
 * ego network of a person, and a statement's evidence in its context. Every answer starts from one person, so it
 * costs what that person's events cost, whatever the size of the store.
 *
 * <pre>
 * JsonArray hits = Txn.calculateRead(dsg, () -&gt; Profiles.search(dsg, "Karzai", 10));
 * </pre>
 */
public final class Profiles {
  private Profiles() {
  }

  private static final Node ENT = Vocab.ENTITIES_GRAPH;

  /**
   * People whose names are like the text, best first: a name key that equals it, starts with it, or contains its
   * words, then names within two edits of it ("Kharazi" finds "Kharrazi", "Karzai" both Karzai and Kharrazi).
   */
  public static JsonArray search(DatasetGraph dsg, String text, int limit) {
    String q = NameKeys.key(text == null ? "" : text);
    JsonArray out = new JsonArray();
    if (q.isEmpty()) {
      return out;
    }
    Map<Node, Double> score = new HashMap<>();
    dsg.find(ENT, Node.ANY, NG.nameKey, Node.ANY).forEachRemaining(x -> {
      String k = x.getObject().getLiteralLexicalForm();
      double s = similarity(q, k);
      if (s > 0) {
        score.merge(x.getSubject(), s, Math::max);
      }
    });
    List<Node> best = new ArrayList<>(score.keySet());
    best.sort(Comparator.comparing((Node p) -> -score.get(p)));
    if (best.size() > limit) {
      // only the people that can make the list are counted: those scored at least as the last place
      double last = score.get(best.get(limit - 1));
      best.removeIf(p -> score.get(p) < last);
    }
    Map<Node, Integer> docs = new HashMap<>();
    for (Node p : best) {
      docs.put(p, locals(dsg, p).size());
    }
    best.sort(Comparator.comparing((Node p) -> -score.get(p)).thenComparing(p -> -docs.get(p))
        .thenComparing(Node::getURI));
    for (Node p : best.subList(0, Math.min(limit, best.size()))) {
      JsonObject o = new JsonObject();
      o.put("id", p.getURI());
      o.put("label", label(dsg, ENT, p));
      o.put("documents", docs.get(p));
      o.put("score", JsonNumber.value(Math.round(score.get(p) * 100) / 100.0));
      out.add(o);
    }
    return out;
  }

  /** The people with the most meetings and contacts that happened, for the page's start. */
  public static JsonArray top(DatasetGraph dsg, int limit) {
    String q = AskService.prefixes() + """
        SELECT ?p ?label (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e ng:modality ng:Happened ; ng:participant ?lp }
          GRAPH ngg:entities { ?lp ng:resolvesTo ?p . ?p rdfs:label ?label } }
        GROUP BY ?p ?label ORDER BY DESC(?n) ?label LIMIT """ + limit;
    JsonArray out = new JsonArray();
    try (QueryExecution qe = SafeQuery.exec(dsg, SafeQuery.parse(q, limit), Map.of(), 30_000)) {
      qe.execSelect().forEachRemaining(r -> {
        JsonObject o = new JsonObject();
        o.put("id", r.getResource("p").getURI());
        o.put("label", r.getLiteral("label").getString());
        o.put("meetings", r.getLiteral("n").getLong());
        out.add(o);
      });
    }
    return out;
  }

  /** How much a name key is like the query: 1 equal, 0.9 prefix, 0.8 all words in it, 0.7 to 0.5 by edits. */
  static double similarity(String q, String key) {
    if (key.equals(q)) {
      return 1;
    }
    if (key.startsWith(q + " ") || key.endsWith(" " + q)) {
      return 0.9;
    }
    Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
    boolean all = true;
    for (String w : q.split(" ")) {
      all &= words.contains(w);
    }
    if (all) {
      return 0.8;
    }
    int best = Integer.MAX_VALUE;
    for (String w : key.split(" ")) {
      for (String v : q.split(" ")) {
        if (v.length() >= 4 && Math.abs(w.length() - v.length()) <= 2) {
          best = Math.min(best, edits(v, w));
        }
      }
    }
    return best <= 2 ? 0.7 - 0.1 * best : 0;
  }

  /** Levenshtein distance. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1)
            ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** One interaction of a person as the page lists it. */
  record Event(Node event, Node graph, Node other, String kind, String modality, String date, String document,
      Node sentence, double confidence, Set<String> topics) {
  }

  /** A person's profile; null when the IRI names no person. */
  public static JsonObject person(DatasetGraph dsg, String iri) {
    Node p = Vocab.iri(iri);
    if (!dsg.contains(ENT, p, TYPE, NG.Person)) {
      return null;
    }
    JsonObject o = new JsonObject();
    o.put("id", iri);
    o.put("label", label(dsg, ENT, p));
    JsonArray forms = new JsonArray();
    dsg.find(ENT, p, NG.nameForm, Node.ANY).forEachRemaining(x -> forms.add(x.getObject()
        .getLiteralLexicalForm()));
    o.put("forms", forms);
    Map<String, int[]> countries = new TreeMap<>();
    Map<String, Set<String>> roles = new TreeMap<>();
    Map<String, TreeSet<String>> roleDates = new HashMap<>();
    Map<String, JsonObject> docs = new TreeMap<>();
    for (Node lp : locals(dsg, p)) {
      Node g = graphOf(lp);
      JsonObject d = document(dsg, g);
      docs.put(d.get("id").getAsString().value(), d);
      dsg.find(g, lp, NG.represents, Node.ANY).forEachRemaining(x -> countries.computeIfAbsent(label(dsg,
          Vocab.VOCABULARY_GRAPH, x.getObject()), k -> new int[1])[0]++);
      dsg.find(g, Node.ANY, Vocab.org("member"), lp).forEachRemaining(x -> {
        Node st = x.getSubject();
        Node role = one(dsg, g, st, Vocab.org("role"));
        Node post = one(dsg, g, st, NG.post);
        Node country = post == null ? null : one(dsg, g, post, NG.country);
        String name = role == null ? "?" : label(dsg, g, role);
        String key = name + (country == null ? "" : "|" + label(dsg, Vocab.VOCABULARY_GRAPH, country));
        roles.computeIfAbsent(key, k -> new TreeSet<>()).add(d.get("id").getAsString().value());
        if (d.hasKey("date")) {
          roleDates.computeIfAbsent(key, k -> new TreeSet<>()).add(d.get("date").getAsString().value());
        }
      });
    }
    JsonArray cs = new JsonArray();
    countries.forEach((c, n) -> {
      JsonObject x = new JsonObject();
      x.put("country", c);
      x.put("reports", n[0]);
      cs.add(x);
    });
    o.put("countries", cs);
    JsonArray rs = new JsonArray();
    roles.forEach((k, ds) -> {
      JsonObject x = new JsonObject();
      String[] parts = k.split("\\|", 2);
      x.put("role", parts[0]);
      x.put("country", parts.length > 1 ? parts[1] : "");
      x.put("reports", ds.size());
      TreeSet<String> dates = roleDates.get(k);
      x.put("first", dates == null ? "" : dates.first());
      x.put("last", dates == null ? "" : dates.last());
      JsonArray da = new JsonArray();
      ds.forEach(da::add);
      x.put("documents", da);
      rs.add(x);
    });
    o.put("roles", rs);
    o.put("interactions", interactions(dsg, p));
    JsonArray da = new JsonArray();
    docs.values().forEach(da::add);
    o.put("documents", da);
    return o;
  }

  /** One row per counterpart, kind and modality: report count, dates, documents and the first evidence. */
  static JsonArray interactions(DatasetGraph dsg, Node p) {
    Map<String, JsonObject> rows = new LinkedHashMap<>();
    Map<String, Set<String>> docsOf = new HashMap<>();
    for (Event e : events(dsg, p)) {
      String key = e.other().getURI() + "|" + e.kind() + "|" + e.modality();
      JsonObject r = rows.get(key);
      if (r == null) {
        r = new JsonObject();
        r.put("id", e.other().getURI());
        r.put("label", label(dsg, ENT, e.other()));
        r.put("kind", e.kind());
        r.put("modality", e.modality());
        r.put("reports", 0);
        r.put("first", e.date() == null ? "" : e.date());
        r.put("last", e.date() == null ? "" : e.date());
        r.put("evidence", text(dsg, e.graph(), e.sentence()));
        r.put("sentence", e.sentence() == null ? "" : e.sentence().getURI());
        rows.put(key, r);
      }
      r.put("reports", r.get("reports").getAsNumber().value().intValue() + 1);
      double best = r.hasKey("confidence") ? r.get("confidence").getAsNumber().value().doubleValue() : 0;
      r.put("confidence", JsonNumber.value(Math.max(best, e.confidence())));
      if (e.date() != null) {
        String first = r.get("first").getAsString().value();
        String last = r.get("last").getAsString().value();
        r.put("first", first.isEmpty() || e.date().compareTo(first) < 0 ? e.date() : first);
        r.put("last", e.date().compareTo(last) > 0 ? e.date() : last);
      }
      docsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(e.document());
    }
    JsonArray out = new JsonArray();
    rows.forEach((k, r) -> {
      JsonArray d = new JsonArray();
      docsOf.get(k).forEach(d::add);
      r.put("documents", d);
      out.add(r);
    });
    return out;
  }

  /** Every meeting and contact of a canonical person, with the canonical person on the other side. */
  static List<Event> events(DatasetGraph dsg, Node p) {
    List<Event> out = new ArrayList<>();
    for (Node lp : locals(dsg, p)) {
      Node g = graphOf(lp);
      JsonObject d = document(dsg, g);
      String docId = d.get("id").getAsString().value();
      String date = d.hasKey("date") ? d.get("date").getAsString().value() : null;
      dsg.find(g, Node.ANY, NG.participant, lp).forEachRemaining(x -> {
        Node ev = x.getSubject();
        boolean meeting = dsg.contains(g, ev, TYPE, NG.Meeting);
        Node mod = one(dsg, g, ev, NG.modality);
        String modality = mod == null ? "Happened" : mod.getURI().substring(mod.getURI().indexOf('#') + 1);
        Node sentence = one(dsg, g, ev, Vocab.prov("wasDerivedFrom"));
        Node conf = one(dsg, g, ev, NG.confidence);
        double confidence = conf == null ? 0 : Double.parseDouble(conf.getLiteralLexicalForm());
        Set<Node> others = new HashSet<>();
        dsg.find(g, ev, NG.participant, Node.ANY).forEachRemaining(y -> {
          if (!y.getObject().equals(lp)) {
            Node c = one(dsg, ENT, y.getObject(), NG.resolvesTo);
            if (c != null && !c.equals(p)) {
              others.add(c);
            }
          }
        });
        Set<String> topics = new TreeSet<>();
        dsg.find(g, ev, NG.about, Node.ANY).forEachRemaining(y -> topics.add(y.getObject().getURI()));
        for (Node o : others) {
          out.add(new Event(ev, g, o, meeting ? "met" : "contact", modality.toLowerCase(Locale.ROOT), date, docId,
              sentence, confidence, topics));
        }
      });
    }
    return out;
  }

  /**
   * The issues in use as a forest of IPTC Media Topics: each concept of the vocabulary graph (the concepts in use and
   * their broader ones) with its code, label, broader concept, and the number of articles about it and of events
   * that discuss it, narrower concepts included. The page draws it as a tree to filter the network.
   */
  public static JsonArray topics(DatasetGraph dsg) {
    TopicScheme scheme = TopicScheme.shipped();
    Map<String, Set<String>> articles = VocabularyGraph.topicUses(dsg, Vocab.schema("about"));
    Map<String, Set<String>> events = VocabularyGraph.topicUses(dsg, NG.about);
    Set<String> used = new TreeSet<>(articles.keySet());
    used.addAll(events.keySet());
    JsonArray out = new JsonArray();
    for (String c : used) {
      TopicScheme.Concept k = scheme.concept(c);
      JsonObject x = new JsonObject();
      x.put("id", c);
      x.put("code", k.code());
      x.put("label", k.prefLabel());
      if (k.broader() != null) {
        x.put("broader", k.broader());
      }
      x.put("articles", articles.getOrDefault(c, Set.of()).size());
      x.put("events", events.getOrDefault(c, Set.of()).size());
      out.add(x);
    }
    return out;
  }

  /**
   * The ego network of a person: the person and the people met or contacted, their edges among themselves, each
   * edge with its reports per modality and its dates, and each node with its degree in the whole store.
   */
  public static JsonObject ego(DatasetGraph dsg, String iri) {
    Node p = Vocab.iri(iri);
    JsonObject o = new JsonObject();
    if (!dsg.contains(ENT, p, TYPE, NG.Person)) {
      return null;
    }
    Map<Node, List<Event>> eventsOf = new LinkedHashMap<>();
    eventsOf.put(p, events(dsg, p));
    Set<Node> people = new TreeSet<>(Comparator.comparing(Node::getURI));
    people.add(p);
    for (Event e : eventsOf.get(p)) {
      people.add(e.other());
    }
    for (Node n : people) {
      eventsOf.computeIfAbsent(n, k -> events(dsg, k));
    }
    JsonArray nodes = new JsonArray();
    for (Node n : people) {
      JsonObject x = new JsonObject();
      x.put("id", n.getURI());
      x.put("label", label(dsg, ENT, n));
      Set<Node> partners = new HashSet<>();
      eventsOf.get(n).forEach(e -> partners.add(e.other()));
      x.put("degree", partners.size());
      x.put("center", n.equals(p));
      nodes.add(x);
    }
    Map<String, JsonObject> edges = new TreeMap<>();
    for (Node n : people) {
      for (Event e : eventsOf.get(n)) {
        if (!people.contains(e.other()) || n.getURI().compareTo(e.other().getURI()) > 0) {
          continue;
        }
        String key = n.getURI() + "|" + e.other().getURI() + "|" + e.kind() + "|" + e.modality();
        JsonObject x = edges.computeIfAbsent(key, k -> {
          JsonObject y = new JsonObject();
          y.put("source", n.getURI());
          y.put("target", e.other().getURI());
          y.put("kind", e.kind());
          y.put("modality", e.modality());
          y.put("reports", 0);
          y.put("dates", new JsonArray());
          y.put("topics", new JsonArray());
          return y;
        });
        JsonArray ts = x.get("topics").getAsArray();
        for (String t : e.topics()) {
          if (ts.stream().noneMatch(v -> v.getAsString().value().equals(t))) {
            ts.add(t);
          }
        }
        x.put("reports", x.get("reports").getAsNumber().value().intValue() + 1);
        if (e.date() != null) {
          x.get("dates").getAsArray().add(e.date());
        }
      }
    }
    JsonArray es = new JsonArray();
    edges.values().forEach(es::add);
    o.put("nodes", nodes);
    o.put("edges", es);
    return o;
  }

  /**
   * The evidence of the interactions between two people: each sentence with the one before and after it, and its
   * document's headline, date, ID and URL.
   */
  public static JsonArray evidence(DatasetGraph dsg, String a, String b, String kind) {
    Node pa = Vocab.iri(a);
    Node pb = Vocab.iri(b);
    JsonArray out = new JsonArray();
    Set<String> seen = new HashSet<>();
    for (Event e : events(dsg, pa)) {
      if (!e.other().equals(pb) || kind != null && !kind.isEmpty() && !kind.equals(e.kind()) || e.sentence() == null
          || !seen.add(e.sentence().getURI() + e.modality())) {
        continue;
      }
      JsonObject x = document(dsg, e.graph());
      x.put("kind", e.kind());
      x.put("modality", e.modality());
      x.put("sentence", text(dsg, e.graph(), e.sentence()));
      String s = e.sentence().getURI();
      Node before = Vocab.sentenceBeside(s, -1);
      x.put("before", before != null ? text(dsg, e.graph(), before) : "");
      x.put("after", text(dsg, e.graph(), Vocab.sentenceBeside(s, 1)));
      out.add(x);
    }
    return out;
  }

  private static List<Node> locals(DatasetGraph dsg, Node p) {
    List<Node> out = new ArrayList<>();
    dsg.find(ENT, Node.ANY, NG.resolvesTo, p).forEachRemaining(x -> out.add(x.getSubject()));
    out.sort(Comparator.comparing(Node::getURI));
    return out;
  }

  /** The graph of a document-local node: its IRI up to "/person/" (or "/sentence/"). */
  static Node graphOf(Node local) {
    String u = local.getURI();
    int i = u.indexOf("/person/");
    if (i < 0) {
      i = u.indexOf("/sentence/");
    }
    return Vocab.iri(u.substring(0, i));
  }

  private static JsonObject document(DatasetGraph dsg, Node g) {
    JsonObject d = new JsonObject();
    var it = dsg.find(g, Node.ANY, TYPE, Vocab.schema("NewsArticle"));
    if (!it.hasNext()) {
      d.put("id", g.getURI());
      return d;
    }
    Node doc = it.next().getSubject();
    Node id = one(dsg, g, doc, Vocab.schema("identifier"));
    d.put("id", id == null ? doc.getURI() : id.getLiteralLexicalForm());
    Node h = one(dsg, g, doc, Vocab.schema("headline"));
    if (h != null) {
      d.put("headline", h.getLiteralLexicalForm());
    }
    Node date = one(dsg, g, doc, Vocab.schema("datePublished"));
    if (date != null) {
      d.put("date", date.getLiteralLexicalForm());
    }
    Node url = one(dsg, g, doc, Vocab.schema("url"));
    if (url != null) {
      d.put("url", url.isURI() ? url.getURI() : url.getLiteralLexicalForm());
    }
    return d;
  }

  private static String text(DatasetGraph dsg, Node g, Node sentence) {
    if (sentence == null) {
      return "";
    }
    Node t = one(dsg, g, sentence, Vocab.nif("anchorOf"));
    return t == null ? "" : t.getLiteralLexicalForm();
  }

  private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static String label(DatasetGraph dsg, Node g, Node n) {
    Node l = one(dsg, g, n, LABEL);
    if (l == null && !g.equals(Vocab.VOCABULARY_GRAPH)) {
      l = one(dsg, Vocab.VOCABULARY_GRAPH, n, LABEL);
    }
    return l == null ? n.getURI() : l.getLiteralLexicalForm();
  }
}
