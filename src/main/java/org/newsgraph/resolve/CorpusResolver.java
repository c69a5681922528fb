package org.newsgraph.resolve;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;
import static org.newsgraph.rdf.Vocab.ng;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import org.newsgraph.rdf.Vocab;

/**
 * Resolves people across documents and writes the entities graph: one canonical person per cluster of
 * document-local people, labelled with the fullest name seen, and one {@code ng:Merge} node per member
 * that says which rule put it there and why. The result depends only on the stored documents (never on
 * ingest order), so it is deterministic; it is derived, so it can be dropped and rebuilt, and pairs that a
 * user kept apart (curation graph) are never merged.
 *
 * <pre>
 * store.write(dsg -&gt; CorpusResolver.resolve(dsg));
 * </pre>
 */
public final class CorpusResolver {
  private CorpusResolver() {
  }

  /** A document-local person as read from the store. */
  record Local(Node node, String label, String key, String description, Set<String> roles,
      Set<String> countries) {
  }

  /** Recomputes the entities graph; returns the number of canonical people. */
  public static int resolve(DatasetGraph dsg) {
    List<Local> locals = readLocals(dsg);
    Set<String> apart = keptApart(dsg);
    Map<String, List<Local>> clusters = cluster(locals, apart);
    dsg.removeGraph(Vocab.ENTITIES_GRAPH);
    Node g = Vocab.ENTITIES_GRAPH;
    Map<String, Node> canonicalByLocalRole = new HashMap<>();
    Map<String, Set<String>> holders = new TreeMap<>();
    for (Map.Entry<String, List<Local>> e : clusters.entrySet()) {
      for (Local l : e.getValue()) {
        for (String r : l.roles()) {
          holders.computeIfAbsent(r, k -> new TreeSet<>()).add(e.getKey());
        }
      }
    }
    for (Map.Entry<String, List<Local>> e : clusters.entrySet()) {
      String slug = e.getKey();
      Node person = Vocab.person(slug);
      String label = fullest(e.getValue());
      dsg.add(g, person, TYPE, ng("Person"));
      dsg.add(g, person, TYPE, Vocab.schema("Person"));
      dsg.add(g, person, LABEL, lit(label));
      Set<String> forms = new TreeSet<>();
      int i = 0;
      for (Local l : e.getValue()) {
        forms.add(l.label());
        dsg.add(g, l.node(), ng("resolvesTo"), person);
        Node merge = Vocab.iri(Vocab.ID + "merge/" + slug + "/" + i++);
        dsg.add(g, merge, TYPE, ng("Merge"));
        dsg.add(g, merge, ng("canonical"), person);
        dsg.add(g, merge, ng("member"), l.node());
        String[] why = reason(l, label);
        dsg.add(g, merge, ng("rule"), lit(why[0]));
        dsg.add(g, merge, ng("reason"), lit(why[1]));
      }
      for (String f : forms) {
        if (!f.equals(label)) {
          dsg.add(g, person, Vocab.skos("altLabel"), lit(f));
        }
      }
      canonicalByLocalRole.put(slug, person);
    }
    for (Local l : locals) {
      if (l.description() == null) {
        continue;
      }
      Set<String> h = holders.getOrDefault(l.description(), Set.of());
      if (h.size() == 1) {
        String slug = h.iterator().next();
        Node person = Vocab.person(slug);
        dsg.add(g, l.node(), ng("resolvesTo"), person);
        Node merge = Vocab.iri(Vocab.ID + "merge/" + slug + "/desc-" + Integer.toHexString(
            l.node().getURI().hashCode()));
        dsg.add(g, merge, TYPE, ng("Merge"));
        dsg.add(g, merge, ng("canonical"), person);
        dsg.add(g, merge, ng("member"), l.node());
        dsg.add(g, merge, ng("rule"), lit("description-unique-holder"));
        dsg.add(g, merge, ng("reason"), lit("'" + l.label() + "' is the only person holding the role '"
            + l.description() + "' in the corpus"));
      }
    }
    return clusters.size();
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static String[] reason(Local l, String canonical) {
    String k = NameKeys.key(canonical);
    if (l.key().equals(k)) {
      return new String[] {"same-name", "'" + l.label() + "' is written as the canonical name"};
    }
    if (NameKeys.familyNameFirst(l.key(), k)) {
      return new String[] {"family-name-unique", "'" + l.label() + "' is the family name, written first, of the"
          + " only compatible full name in the corpus, '" + canonical + "'"};
    }
    if (l.key().indexOf(' ') < 0) {
      return new String[] {"surname-unique", "'" + l.label() + "' is the surname of the only compatible full"
          + " name in the corpus, '" + canonical + "'"};
    }
    return new String[] {"compatible-name", "'" + l.label() + "' and '" + canonical
        + "' share the surname and a compatible first name"};
  }

  private static String fullest(List<Local> members) {
    String best = null;
    for (Local l : members) {
      if (best == null || words(l.label()) > words(best)
          || words(l.label()) == words(best) && (l.label().length() > best.length()
              || l.label().length() == best.length() && l.label().compareTo(best) < 0)) {
        best = l.label();
      }
    }
    return best;
  }

  private static int words(String s) {
    return NameKeys.key(s).split(" ").length;
  }

  /**
   * Clusters non-description locals; keys are canonical slugs, sorted. Longer names become roots first; a
   * name joins the one root it is compatible with (roots are looked up by last word, or by first word for a
   * family name written first), or the one of several that shares a role with it, or becomes a root.
   */
  static Map<String, List<Local>> cluster(List<Local> locals, Set<String> apart) {
    Map<String, List<Local>> byKey = new TreeMap<>();
    for (Local l : locals) {
      if (l.description() == null && !l.key().isEmpty()) {
        byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
      }
    }
    Map<String, Integer> wordCount = new HashMap<>();
    for (String k : byKey.keySet()) {
      wordCount.put(k, k.split(" ").length);
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    keys.sort((a, b) -> !wordCount.get(a).equals(wordCount.get(b)) ? wordCount.get(b) - wordCount.get(a)
        : a.compareTo(b));
    Map<String, String> rootOf = new LinkedHashMap<>();
    Map<String, List<String>> rootsByLast = new HashMap<>();
    Map<String, List<String>> rootsByFirst = new HashMap<>();
    for (String k : keys) {
      List<String> compatible = new ArrayList<>();
      for (String r : rootsByLast.getOrDefault(NameKeys.last(k), List.of())) {
        if (NameKeys.compatible(r, k) && !apart.contains(pairKey(r, k))) {
          compatible.add(r);
        }
      }
      if (compatible.isEmpty()) {
        for (String r : rootsByFirst.getOrDefault(k, List.of())) {
          if (NameKeys.familyNameFirst(k, r) && !apart.contains(pairKey(r, k))) {
            compatible.add(r);
          }
        }
      }
      if (compatible.size() > 1) {
        Set<String> roles = rolesOf(byKey.get(k));
        List<String> sharing = new ArrayList<>();
        for (String r : compatible) {
          Set<String> rr = new HashSet<>();
          for (Map.Entry<String, String> e : rootOf.entrySet()) {
            if (e.getValue().equals(r)) {
              rr.addAll(rolesOf(byKey.get(e.getKey())));
            }
          }
          rr.retainAll(roles);
          if (!rr.isEmpty()) {
            sharing.add(r);
          }
        }
        compatible = sharing;
      }
      if (compatible.size() == 1) {
        rootOf.put(k, compatible.get(0));
      } else {
        rootOf.put(k, k);
        rootsByLast.computeIfAbsent(NameKeys.last(k), x -> new ArrayList<>()).add(k);
        rootsByFirst.computeIfAbsent(NameKeys.first(k), x -> new ArrayList<>()).add(k);
      }
    }
    Map<String, List<Local>> clusters = new TreeMap<>();
    for (Map.Entry<String, String> e : rootOf.entrySet()) {
      clusters.computeIfAbsent(e.getValue().replace(' ', '-'), x -> new ArrayList<>()).addAll(byKey.get(e.getKey()));
    }
    for (List<Local> members : clusters.values()) {
      members.sort((a, b) -> a.node().getURI().compareTo(b.node().getURI()));
    }
    return clusters;
  }

  private static Set<String> rolesOf(List<Local> ls) {
    Set<String> s = new HashSet<>();
    for (Local l : ls) {
      s.addAll(l.roles());
    }
    return s;
  }

  /** An order-independent key for a pair of name keys. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static Set<String> keptApart(DatasetGraph dsg) {
    Set<String> out = new HashSet<>();
    Node g = Vocab.CURATION_GRAPH;
    dsg.find(g, Node.ANY, ng("keepApart"), Node.ANY).forEachRemaining(q -> out.add(pairKey(
        NameKeys.key(q.getSubject().getURI().substring(q.getSubject().getURI().lastIndexOf('/') + 1)
            .replace('-', ' ')),
        NameKeys.key(q.getObject().getURI().substring(q.getObject().getURI().lastIndexOf('/') + 1)
            .replace('-', ' ')))));
    return out;
  }

  private static List<Local> readLocals(DatasetGraph dsg) {
    Map<Node, Local> out = new LinkedHashMap<>();
    Node holds = Vocab.org("holds");
    Node roleP = Vocab.org("role");
    Node represents = ng("represents");
    Node description = ng("description");
    List<Quad> typed = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, TYPE, ng("LocalPerson")).forEachRemaining(typed::add);
    for (Quad q : typed) {
      Node n = q.getSubject();
      Node g = q.getGraph();
      String label = first(dsg, g, n, LABEL);
      if (label == null) {
        continue;
      }
      Set<String> roles = new TreeSet<>();
      dsg.find(g, n, holds, Node.ANY).forEachRemaining(h -> {
        String r = first(dsg, g, h.getObject(), roleP);
        if (r != null) {
          roles.add(r);
        }
      });
      Set<String> countries = new TreeSet<>();
      dsg.find(g, n, represents, Node.ANY).forEachRemaining(c -> countries.add(c.getObject().getURI()));
      String desc = first(dsg, g, n, description);
      if (desc != null) {
        desc = desc.substring(desc.lastIndexOf('/') + 1);
      }
      Set<String> roleIds = new TreeSet<>();
      for (String r : roles) {
        roleIds.add(r.substring(r.lastIndexOf('/') + 1));
      }
      out.put(n, new Local(n, label, NameKeys.key(label), desc, roleIds, countries));
    }
    return new ArrayList<>(out.values());
  }

  private static String first(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    if (!it.hasNext()) {
      return null;
    }
    Node o = it.next().getObject();
    return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
  }
}
