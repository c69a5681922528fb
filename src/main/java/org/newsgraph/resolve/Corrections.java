package org.newsgraph.resolve;

import static org.newsgraph.rdf.Vocab.TYPE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * A user's corrections of corpus resolution, kept in the curation graph with who made them, when and why
 * ({@code ng:Correction}, PROV-O): merge two people for good, keep two apart, or allow a kept-apart pair again.
 * They are applied after the automatic rules, in the order they were made, so the same store always gives the
 * same people.
 *
 * <pre>
 * Corrections.record(dsg, Corrections.Action.MERGE, "hugo-chavez", "hugo chavez", "chavez", "chavez", "one man",
 *     "ana", Instant.now());
 * </pre>
 */
public final class Corrections {
  /** What a correction does. */
  public enum Action {
    /** Two canonical people are one. */
    MERGE("merge"),
    /** Two names are never one person. */
    KEEP_APART("keep-apart"),
    /** Takes back a keep-apart of the same two names. */
    ALLOW("allow");

    final String word;

    Action(String word) {
      this.word = word;
    }

    static Action of(String word) {
      for (Action a : values()) {
        if (a.word.equals(word)) {
          return a;
        }
      }
      return null;
    }
  }

  /** One correction: two people, each named by the slug of its canonical IRI and by a name key. */
  record Correction(Node node, Action action, String slugA, String keyA, String slugB, String keyB, String when) {
  }

  private final List<Correction> list;
  private final Set<String> apart = new HashSet<>();

  private Corrections(List<Correction> list, Set<String> legacyApart) {
    this.list = list;
    apart.addAll(legacyApart);
    for (Correction c : list) {
      String pair = CorpusResolver.pairKey(c.keyA(), c.keyB());
      switch (c.action()) {
        case KEEP_APART -> apart.add(pair);
        case ALLOW, MERGE -> apart.remove(pair);
        default -> throw new IllegalStateException(c.action().toString());
      }
    }
  }

  /** The corrections stored in the curation graph, oldest first. */
  public static Corrections read(DatasetGraph dsg) {
    Node g = Vocab.CURATION_GRAPH;
    List<Correction> out = new ArrayList<>();
    dsg.find(g, Node.ANY, TYPE, NG.Correction).forEachRemaining(q -> {
      Node n = q.getSubject();
      Action a = Action.of(CorpusResolver.first(dsg, g, n, NG.action));
      String[] slugs = values(dsg, g, n, NG.personSlug);
      String[] keys = values(dsg, g, n, NG.nameKey);
      if (a != null && slugs.length == 2 && keys.length == 2) {
        out.add(new Correction(n, a, slugs[0], keys[0], slugs[1], keys[1],
            CorpusResolver.first(dsg, g, n, Vocab.prov("generatedAtTime"))));
      }
    });
    out.sort(Comparator.comparing((Correction c) -> String.valueOf(c.when())).thenComparing(c -> c.node()
        .getURI()));
    Set<String> legacy = new HashSet<>();
    dsg.find(g, Node.ANY, NG.keepApart, Node.ANY).forEachRemaining(q -> legacy.add(CorpusResolver.pairKey(
        keyOf(q.getSubject()), keyOf(q.getObject()))));
    return new Corrections(out, legacy);
  }

  private static String keyOf(Node nameNode) {
    String u = nameNode.getURI();
    return NameKeys.key(Vocab.localId(u).replace('-', ' '));
  }

  /** The values of a property, in the order of their "1:"/"2:" prefixes. */
  private static String[] values(DatasetGraph dsg, Node g, Node s, Node p) {
    Map<String, String> byIndex = new TreeMap<>();
    dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
      String v = q.getObject().getLiteralLexicalForm();
      int colon = v.indexOf(':');
      if (colon > 0) {
        byIndex.put(v.substring(0, colon), v.substring(colon + 1));
      }
    });
    return byIndex.values().toArray(new String[0]);
  }

  /** Name-key pairs that must never be merged. */
  Set<String> apart() {
    return apart;
  }

  /**
   * Applies the merges and keep-aparts, in order, to the clusters of the automatic rules: a merge joins every
   * cluster of either person; a keep-apart moves the members written with the second name out of a cluster
   * that holds both.
   */
  Map<String, List<CorpusResolver.Local>> apply(Map<String, List<CorpusResolver.Local>> clusters) {
    Map<String, List<CorpusResolver.Local>> out = new TreeMap<>(clusters);
    for (Correction c : list) {
      List<String> a = find(out, c.slugA(), c.keyA());
      List<String> b = find(out, c.slugB(), c.keyB());
      if (c.action() == Action.MERGE && !a.isEmpty() && !b.isEmpty()) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        String into = all.stream().max(Comparator.comparingInt((String id) -> out.get(id).size()).thenComparing(
            Comparator.reverseOrder())).orElseThrow();
        for (String id : all) {
          if (!id.equals(into)) {
            out.get(into).addAll(out.remove(id));
          }
        }
        out.get(into).sort(Comparator.comparing(l -> l.node().getURI()));
      } else if (c.action() == Action.KEEP_APART && apart.contains(CorpusResolver.pairKey(c.keyA(), c.keyB()))) {
        for (String id : new ArrayList<>(a)) {
          if (b.contains(id)) {
            List<CorpusResolver.Local> moved = new ArrayList<>();
            out.get(id).removeIf(l -> l.key().equals(c.keyB()) && moved.add(l));
            if (!moved.isEmpty() && !out.get(id).isEmpty()) {
              out.put(id + "--" + c.keyB().replace(' ', '-'), moved);
            } else {
              out.get(id).addAll(moved);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<String> find(Map<String, List<CorpusResolver.Local>> clusters, String slug, String key) {
    if (clusters.containsKey(slug)) {
      return List.of(slug);
    }
    List<String> ids = new ArrayList<>();
    clusters.forEach((id, ls) -> {
      if (ls.stream().anyMatch(l -> l.key().equals(key))) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * Stores a correction of two canonical people (by slug and name key) with its author, time and reason.
   * Returns its node.
   */
  public static Node record(DatasetGraph dsg, Action action, String slugA, String keyA, String slugB,
      String keyB, String reason, String who, Instant when) {
    Node g = Vocab.CURATION_GRAPH;
    Node n = Vocab.iri(Vocab.ID + "correction/" + when.toEpochMilli() + "-" + Integer.toHexString((action.word
        + slugA + slugB).hashCode()));
    dsg.add(g, n, TYPE, NG.Correction);
    dsg.add(g, n, TYPE, Vocab.prov("Activity"));
    dsg.add(g, n, NG.action, lit(action.word));
    dsg.add(g, n, NG.personSlug, lit("1:" + slugA));
    dsg.add(g, n, NG.personSlug, lit("2:" + slugB));
    dsg.add(g, n, NG.nameKey, lit("1:" + keyA));
    dsg.add(g, n, NG.nameKey, lit("2:" + keyB));
    dsg.add(g, n, Vocab.prov("wasAssociatedWith"), lit(who));
    dsg.add(g, n, Vocab.prov("generatedAtTime"), NodeFactory.createLiteralDT(when.toString(),
        XSDDatatype.XSDdateTime));
    if (reason != null && !reason.isBlank()) {
      dsg.add(g, n, Vocab.iri("http://www.w3.org/2000/01/rdf-schema#comment"), lit(reason));
    }
    return n;
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
