package org.newsgraph.resolve;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.nlp.NameSpans;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The canonical people of a store as a user names them: lookup by a name, a name form or a slug (through the
 * {@code ng:nameKey} index of the entities graph), and the likely errors of resolution, ranked.
 *
 * <pre>
 * List&lt;People.Match&gt; m = store.read(dsg -&gt; People.find(dsg, "Karzai"));
 * </pre>
 */
public final class People {
  private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

  private People() {
  }

  /**
   * A canonical person: slug, label, the key of the name it was found by (its label's, when found by slug), and how
   * many documents mention it.
   */
  public record Match(String slug, String label, String key, int documents) {
  }

  /** The canonical people that a name, a name form, a slug or an IRI stands for. */
  public static List<Match> find(DatasetGraph dsg, String name) {
    Node g = Vocab.ENTITIES_GRAPH;
    Set<Node> found = new TreeSet<>(BY_IRI);
    Node asIri = name.startsWith("http") ? Vocab.iri(name) : Vocab.person(name);
    String key = NameKeys.key(name);
    boolean bySlug = dsg.contains(g, asIri, TYPE, NG.Person);
    if (bySlug) {
      found.add(asIri);
    } else {
      dsg.find(g, Node.ANY, NG.nameKey, NodeFactory.createLiteralString(key))
          .forEachRemaining(q -> found.add(q.getSubject()));
      if (found.size() > 1) {
        // a full label beats a form that several people share ("Abdullah")
        Set<Node> exact = new TreeSet<>(BY_IRI);
        for (Node p : found) {
          if (NameKeys.key(label(dsg, p)).equals(key)) {
            exact.add(p);
          }
        }
        if (exact.size() == 1) {
          found.retainAll(exact);
        }
      }
    }
    List<Match> out = new ArrayList<>();
    for (Node p : found) {
      String uri = p.getURI();
      String label = label(dsg, p);
      Set<Node> docs = new HashSet<>();
      dsg.find(g, Node.ANY, NG.resolvesTo, p).forEachRemaining(q -> docs.add(q.getSubject()));
      out.add(new Match(Vocab.localId(uri), label, bySlug ? NameKeys.key(label) : key,
          docs.size()));
    }
    return out;
  }

  /** ": did you mean …" with up to five people whose names share a word with it, or "". */
  public static String near(DatasetGraph dsg, String name) {
    Set<String> words = new HashSet<>(List.of(NameKeys.key(name).split(" ")));
    Set<String> out = new TreeSet<>();
    dsg.find(Vocab.ENTITIES_GRAPH, Node.ANY, NG.nameKey, Node.ANY).forEachRemaining(q -> {
      for (String w : q.getObject().getLiteralLexicalForm().split(" ")) {
        if (words.contains(w) && out.size() < 5) {
          out.add(label(dsg, q.getSubject()));
        }
      }
    });
    return out.isEmpty() ? "" : "; did you mean: " + String.join(", ", out) + "?";
  }

  static String label(DatasetGraph dsg, Node p) {
    var it = dsg.find(Vocab.ENTITIES_GRAPH, p, LABEL, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : p.getURI();
  }

  /**
   * The likely errors of resolution, worst first: people with two or more countries (as titles, possessives,
   * demonyms or "of" give them, not guesses), labels with a time word or punctuation, pairs with one surname and
   * overlapping roles, and people who met themselves.
   */
  public static List<String> suspects(DatasetGraph dsg, int limit) {
    Node g = Vocab.ENTITIES_GRAPH;
    Map<Node, Node> canonical = new HashMap<>();
    dsg.find(g, Node.ANY, NG.resolvesTo, Node.ANY).forEachRemaining(q -> canonical.put(q.getSubject(),
        q.getObject()));
    Map<Node, Set<String>> countries = new TreeMap<>(BY_IRI);
    Map<Node, Set<String>> roles = new TreeMap<>(BY_IRI);
    CorpusResolver.strongCountries(dsg, Node.ANY).forEach((local, cs) -> {
      Node p = canonical.get(local);
      if (p != null) {
        for (String c : cs) {
          countries.computeIfAbsent(p, k -> new TreeSet<>()).add(Vocab.localId(c));
        }
      }
    });
    dsg.find(Node.ANY, Node.ANY, Vocab.org("holds"), Node.ANY).forEachRemaining(q -> {
      Node p = canonical.get(q.getSubject());
      var r = dsg.find(q.getGraph(), q.getObject(), Vocab.org("role"), Node.ANY);
      if (p != null && r.hasNext()) {
        String id = r.next().getObject().getURI();
        roles.computeIfAbsent(p, k -> new TreeSet<>()).add(Vocab.localId(id));
      }
    });
    List<String> out = new ArrayList<>();
    List<Node> many = new ArrayList<>();
    countries.forEach((p, cs) -> {
      if (cs.size() >= 2) {
        many.add(p);
      }
    });
    many.sort((a, b) -> countries.get(b).size() - countries.get(a).size());
    int people = (int) dsg.stream(g, Node.ANY, TYPE, NG.Person).count();
    out.add(String.format(Locale.ROOT, "# people with two or more countries: %d of %d (%.1f %%)",
        many.size(), people, people == 0 ? 0.0 : 100.0 * many.size() / people));
    many.stream().limit(limit).forEach(p -> out.add("countries\t" + label(dsg, p) + "\t" + String.join(" ",
        countries.get(p))));
    List<String> bad = new ArrayList<>();
    dsg.find(g, Node.ANY, TYPE, NG.Person).forEachRemaining(q -> {
      String l = label(dsg, q.getSubject());
      if (badLabel(l)) {
        bad.add("label\t" + l);
      }
    });
    bad.sort(null);
    out.add("# labels with a time word or punctuation: " + bad.size());
    bad.stream().limit(limit).forEach(out::add);
    Map<String, List<Node>> bySurname = new TreeMap<>();
    dsg.find(g, Node.ANY, TYPE, NG.Person).forEachRemaining(q -> bySurname.computeIfAbsent(NameKeys.last(
        NameKeys.key(label(dsg, q.getSubject()))), k -> new ArrayList<>()).add(q.getSubject()));
    List<String> pairs = new ArrayList<>();
    bySurname.forEach((s, ps) -> {
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          Set<String> shared = new TreeSet<>(roles.getOrDefault(ps.get(i), Set.of()));
          shared.retainAll(roles.getOrDefault(ps.get(j), Set.of()));
          if (!shared.isEmpty()) {
            pairs.add("surname\t" + label(dsg, ps.get(i)) + "\t" + label(dsg, ps.get(j)) + "\t" + String.join(" ",
                shared));
          }
        }
      }
    });
    out.add("# pairs with one surname and a shared role: " + pairs.size());
    pairs.stream().limit(limit).forEach(out::add);
    Set<String> self = new TreeSet<>();
    dsg.find(Node.ANY, Node.ANY, NG.sideA, Node.ANY).forEachRemaining(q -> {
      Node a = canonical.get(q.getObject());
      dsg.find(q.getGraph(), q.getSubject(), NG.sideB, Node.ANY).forEachRemaining(b -> {
        if (a != null && a.equals(canonical.get(b.getObject()))) {
          self.add("self\t" + label(dsg, a));
        }
      });
    });
    out.add("# people who met or contacted themselves: " + self.size());
    self.stream().limit(limit).forEach(out::add);
    return out;
  }

  /** A label with a weekday, a month, a digit or punctuation at its end. */
  static boolean badLabel(String l) {
    for (String w : l.split(" ")) {
      // full words only: "Sun" and "Sat" are names too ("Sun Tiantian")
      if (NameSpans.DAY_WORDS.contains(w) && w.length() > 4 || NameSpans.MONTHS.contains(w) && !w.endsWith(".")) {
        return true;
      }
    }
    return l.isEmpty() || !Character.isLetter(l.codePointBefore(l.length())) && !l.endsWith(".")
        || l.matches(".*\\d.*") || l.endsWith(".") && !l.matches(".*(\\b\\p{L}|Jr|Sr)\\.$")
        || l.codePoints().noneMatch(Character::isLowerCase);
  }
}
