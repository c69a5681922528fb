package org.newsgraph.resolve;

import static org.newsgraph.rdf.Vocab.LABEL;
import static org.newsgraph.rdf.Vocab.TYPE;

import java.util.ArrayList;
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

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import org.newsgraph.lexicon.WordList;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Resolves people across documents and writes the entities graph: one canonical person per cluster of
 * document-local people, labelled with its most frequent full name in normal case, with every other form as
 * {@code ng:nameForm}, the keys of all its names as {@code ng:nameKey} (the index that questions start from), and
 * one {@code ng:Merge} node per member that says which rule put it there and why. A user's {@link Corrections}
 * are applied last. The result depends only on the stored documents (never on
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
      Set<String> countries, String gender, Integer year) {
    Local(Node node, String label, String key, String description, Set<String> roles, Set<String> countries,
        String gender) {
      this(node, label, key, description, roles, countries, gender, null);
    }

    boolean royal() {
      for (String r : roles) {
        if (ROYAL.contains(r)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Titles that go with a regnal name ("King Abdullah"), which is no surname. */
  static final Set<String> ROYAL = Set.of("king", "queen", "prince", "princess", "emir", "sultan", "pope",
      "crown-prince", "emperor", "empress", "sheikh");

  /** Given names of the shipped lists: a bare given name is no surname ("Paul" is not John Paul). */
  private static final Set<String> GIVEN = given();

  private static Set<String> given() {
    Set<String> g = new HashSet<>(WordList.words("given-names-male.txt"));
    g.addAll(WordList.words("given-names-female.txt"));
    return Set.copyOf(g);
  }

  /** Recomputes the entities graph; returns the number of canonical people. */
  public static int resolve(DatasetGraph dsg) {
    List<Local> locals = new ArrayList<>();
    readLocals(dsg, Node.ANY).values().forEach(locals::addAll);
    locals.sort(BY_NODE);
    Set<Triple> next = new HashSet<>();
    int people = build(dsg, locals, next);
    replace(dsg, Vocab.ENTITIES_GRAPH, next);
    return people;
  }

  /**
   * As {@link #resolve(DatasetGraph)}, with what an earlier run read and wrote kept in a cache: only the
   * documents added, changed or removed since are read, and the entities graph is compared with what was written
   * rather than read again. The result is the same; call {@link ResolutionCache#commit} once the transaction has
   * committed, and {@link ResolutionCache#clear} when it has not.
   */
  public static int resolve(DatasetGraph dsg, ResolutionCache cache) {
    List<Local> locals = cache.refresh(dsg);
    if (cache.unchanged()) {
      // no document and no correction changed since the last committed run: its graph stands
      return cache.people();
    }
    Set<Triple> next = new HashSet<>();
    int people = build(dsg, locals, next);
    cache.replace(dsg, next, people);
    return people;
  }

  /** Document-local people in the order of their IRIs, so that a run never depends on how they were read. */
  static final Comparator<Local> BY_NODE = Comparator.comparing(l -> l.node().getURI());

  /** Builds the entities graph from the local people (in {@link #BY_NODE} order) and the stored corrections. */
  private static int build(DatasetGraph dsg, List<Local> locals, Set<Triple> next) {
    Corrections corrections = Corrections.read(dsg);
    Map<String, List<Local>> clusters = named(corrections.apply(cluster(locals, corrections.apart())));
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
      String label = canonicalLabel(e.getValue());
      put(next, person, TYPE, NG.Person);
      put(next, person, TYPE, Vocab.schema("Person"));
      put(next, person, LABEL, lit(label));
      Set<String> forms = new TreeSet<>();
      Set<String> keys = new TreeSet<>();
      int i = 0;
      for (Local l : e.getValue()) {
        forms.add(l.label());
        keys.add(l.key());
        put(next, l.node(), NG.resolvesTo, person);
        Node merge = Vocab.iri(Vocab.ID + "merge/" + slug + "/" + i++);
        put(next, merge, TYPE, NG.Merge);
        put(next, merge, NG.canonical, person);
        put(next, merge, NG.member, l.node());
        Reason why = reason(l, label);
        put(next, merge, NG.rule, lit(why.rule()));
        put(next, merge, NG.reason, lit(why.text()));
        double confidence = switch (why.rule()) {
          case "same-name" -> 0.99;
          case "compatible-name" -> 0.9;
          case "regnal-name" -> 0.8;
          default -> 0.7;
        };
        for (String f : features(l, e.getValue())) {
          put(next, merge, NG.feature, lit(f));
          confidence += f.startsWith("shared-") && confidence < 0.95 ? 0.05 : 0;
        }
        put(next, merge, NG.confidence, NodeFactory.createLiteralDT(String.format(Locale.ROOT,
            "%.2f", Math.min(0.99, confidence)), XSDDatatype.XSDdecimal));
      }
      for (String f : forms) {
        if (!f.equals(label)) {
          put(next, person, Vocab.skos("altLabel"), lit(f));
          put(next, person, NG.nameForm, lit(f));
        }
      }
      keys.add(NameKeys.key(label));
      for (String k : keys) {
        // the index that questions look names up in before they touch any event
        put(next, person, NG.nameKey, lit(k));
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
        put(next, l.node(), NG.resolvesTo, person);
        Node merge = Vocab.iri(Vocab.ID + "merge/" + slug + "/desc-" + Integer.toHexString(
            l.node().getURI().hashCode()));
        put(next, merge, TYPE, NG.Merge);
        put(next, merge, NG.canonical, person);
        put(next, merge, NG.member, l.node());
        put(next, merge, NG.rule, lit("description-unique-holder"));
        put(next, merge, NG.reason, lit("'" + l.label() + "' is the only person holding the role '"
            + l.description() + "' in the corpus"));
      }
    }
    return clusters.size();
  }

  /**
   * The clusters under the slug of their label, so that an IRI reads as the name it stands for
   * ("condoleezza-rice", whichever spelling came first); the biggest cluster gets a slug that two would share,
   * the others keep the slug of their first name ("abdullah-jo").
   */
  static Map<String, List<Local>> named(Map<String, List<Local>> clusters) {
    List<Map.Entry<String, List<Local>>> order = new ArrayList<>(clusters.entrySet());
    order.sort((a, b) -> a.getValue().size() != b.getValue().size() ? b.getValue().size() - a.getValue().size()
        : a.getKey().compareTo(b.getKey()));
    Map<String, List<Local>> out = new TreeMap<>();
    List<Map.Entry<String, List<Local>>> later = new ArrayList<>();
    for (Map.Entry<String, List<Local>> e : order) {
      String slug = NameKeys.slug(canonicalLabel(e.getValue()));
      if (!out.containsKey(slug) && (slug.equals(e.getKey()) || !clusters.containsKey(slug))) {
        out.put(slug, e.getValue());
      } else {
        later.add(e);
      }
    }
    for (Map.Entry<String, List<Local>> e : later) {
      String id = e.getKey();
      for (int i = 2; out.containsKey(id); i++) {
        id = e.getKey() + "-" + i;
      }
      out.put(id, e.getValue());
    }
    return out;
  }

  /** What a member shares with the rest of its cluster: roles, countries, gender. */
  private static List<String> features(Local l, List<Local> cluster) {
    Set<String> roles = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> genders = new TreeSet<>();
    for (Local o : cluster) {
      if (o != l && !o.node().equals(l.node())) {
        roles.addAll(o.roles());
        countries.addAll(o.countries());
        if (o.gender() != null) {
          genders.add(o.gender());
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String r : l.roles()) {
      if (roles.contains(r)) {
        out.add("shared-role:" + r);
      }
    }
    for (String c : l.countries()) {
      if (countries.contains(c)) {
        out.add("shared-country:" + Vocab.localId(c));
      }
    }
    if (l.gender() != null && genders.contains(l.gender())) {
      out.add("same-gender:" + Vocab.localId(l.gender()));
    }
    return out;
  }

  private static void put(Set<Triple> out, Node s, Node p, Node o) {
    out.add(Triple.create(s, p, o));
  }

  /**
   * Makes a graph hold exactly these triples, touching only those that differ: a resolution that changes a few
   * people rewrites a few people, and a repeated one writes nothing. Returns the number of quads added or deleted.
   */
  static int replace(DatasetGraph dsg, Node g, Set<Triple> next) {
    List<Quad> stale = new ArrayList<>();
    Set<Triple> present = new HashSet<>();
    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
      Triple t = q.asTriple();
      if (next.contains(t)) {
        present.add(t);
      } else {
        stale.add(q);
      }
    });
    for (Quad q : stale) {
      dsg.delete(q);
    }
    int added = 0;
    for (Triple t : next) {
      if (!present.contains(t)) {
        dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        added++;
      }
    }
    return stale.size() + added;
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  /** Why a local person joined a canonical one: the rule's name and a sentence for the reader. */
  record Reason(String rule, String text) {
  }

  private static Reason reason(Local l, String canonical) {
    String k = NameKeys.key(canonical);
    if (l.key().equals(k)) {
      return new Reason("same-name", "'" + l.label() + "' is written as the canonical name");
    }
    if (NameKeys.familyNameFirst(l.key(), k)) {
      String why = "'" + l.label() + "' is the family name, written first, of the only compatible full name in the "
          + "corpus, '" + canonical + "'";
      return new Reason("family-name-unique", why);
    }
    if (l.royal() && l.key().indexOf(' ') < 0) {
      String why = "'" + l.label() + "' holds a royal title, as '" + canonical + "' does, with no country against it";
      return new Reason("regnal-name", why);
    }
    if (l.key().indexOf(' ') < 0) {
      String why = "'" + l.label() + "' is the surname of the only compatible full name in the corpus, '" + canonical
          + "'";
      return new Reason("surname-unique", why);
    }
    String why = "'" + l.label() + "' and '" + canonical + "' share the surname and a compatible first name";
    return new Reason("compatible-name", why);
  }

  /**
   * The label of a cluster: its most frequent full form (of two words or more, when it has one), in normal case,
   * so that "Hamid KARZAI" counts as "Hamid Karzai"; ties go to more words, then the longer, then the first in
   * order, so the choice depends on the documents alone.
   */
  static String canonicalLabel(List<Local> members) {
    Map<String, Integer> count = new TreeMap<>();
    for (Local l : members) {
      count.merge(normalCase(l.label()), 1, Integer::sum);
    }
    boolean full = count.keySet().stream().anyMatch(f -> words(f) > 1);
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      String f = e.getKey();
      if (full && words(f) < 2) {
        continue;
      }
      if (best == null || e.getValue() > count.get(best) || e.getValue().equals(count.get(best))
          && (words(f) > words(best) || words(f) == words(best) && f.length() > best.length())) {
        best = f;
      }
    }
    return best;
  }

  /**
   * A name with its words in capitals written in normal case ("Angela MERKEL" to "Angela Merkel", "AL-BASHIR"
   * to "Al-Bashir"); Roman numerals ("Abdullah II") and names in mixed case are left alone.
   */
  public static String normalCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("(?<=[ -])", -1)) {
      // each part of a hyphenated word on its own: "al-ASAD", "SASSOU-Nguesso"
      long letters = w.codePoints().filter(Character::isLetter).count();
      boolean caps = letters >= 2 && w.codePoints().noneMatch(Character::isLowerCase);
      if (!caps || w.replaceAll("[ -]$", "").matches("[IVX]+")) {
        out.append(w);
        continue;
      }
      boolean start = true;
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        out.appendCodePoint(start ? cp : Character.toLowerCase(cp));
        start = !Character.isLetter(cp) && cp != '\'' && cp != '’';
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  private static int words(String s) {
    return NameKeys.key(s).split(" ").length;
  }

  /**
   * Clusters non-description locals; keys are canonical slugs, sorted.
   * <ul>
   * <li>Locals of one name are one unit, except one-word names, which split by the countries their documents give
   * them ("King Abdullah" of Jordan and of Saudi Arabia);</li>
   * <li>longer names become roots first; a unit joins the one root it is compatible with (roots are looked up by
   * last word, or by first word for a family name written first), or the one of several that shares a role, then
   * a country, with it, or becomes a root;</li>
   * <li>compatible means: the names fit ({@link NameKeys#compatible}), the genders do not differ, the countries
   * are not disjoint, a one-word name needs a role or a country of its own (the document's evidence), a regnal
   * name joins only a royal, and a bare given name only a root that shares a role or a country with it.</li>
   * </ul>
   */
  static Map<String, List<Local>> cluster(List<Local> locals, Set<String> apart) {
    Map<String, List<Local>> byKey = new TreeMap<>();
    for (Local l : locals) {
      if (l.description() == null && !l.key().isEmpty()) {
        byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
      }
    }
    List<Unit> units = new ArrayList<>();
    for (Map.Entry<String, List<Local>> e : byKey.entrySet()) {
      units.addAll(Unit.split(e.getKey(), e.getValue()));
    }
    // longer names first; of one name, the units that a country ties down before the one that nothing does
    units.sort((a, b) -> a.words() != b.words() ? b.words() - a.words() : a.key().equals(b.key())
        && a.id().length() != b.id().length() ? b.id().length() - a.id().length() : a.id().compareTo(b.id()));
    Map<Unit, Unit> rootOf = new LinkedHashMap<>();
    Map<String, List<Unit>> rootsByLast = new HashMap<>();
    Map<String, List<Unit>> rootsByFirst = new HashMap<>();
    Map<Unit, Unit> profile = new HashMap<>();
    for (Unit u : units) {
      List<Unit> compatible = new ArrayList<>();
      for (Unit r : rootsByLast.getOrDefault(NameKeys.last(u.key()), List.of())) {
        if (NameKeys.compatible(r.key(), u.key()) && fits(profile.get(r), u) && !apart.contains(pairKey(r.key(),
            u.key()))) {
          compatible.add(r);
        }
      }
      if (compatible.isEmpty()) {
        for (Unit r : rootsByFirst.getOrDefault(u.key(), List.of())) {
          if (NameKeys.familyNameFirst(u.key(), r.key()) && fits(profile.get(r), u)
              && !apart.contains(pairKey(r.key(), u.key()))) {
            compatible.add(r);
          }
        }
      }
      if (compatible.size() > 1) {
        List<Unit> sharing = new ArrayList<>();
        for (Unit r : compatible) {
          if (!disjoint(profile.get(r).roles(), u.roles())) {
            sharing.add(r);
          }
        }
        if (sharing.size() != 1) {
          List<Unit> from = sharing.isEmpty() ? compatible : sharing;
          sharing = new ArrayList<>();
          for (Unit r : from) {
            if (!disjoint(profile.get(r).countries(), u.countries())) {
              sharing.add(r);
            }
          }
        }
        if (sharing.size() > 1) {
          // the documents' dates: "President Bush" in 2006 is the Bush whose articles are of those years
          List<Unit> sameTime = new ArrayList<>();
          for (Unit r : sharing) {
            if (u.sameTime(profile.get(r))) {
              sameTime.add(r);
            }
          }
          if (sameTime.size() == 1) {
            sharing = sameTime;
          }
        }
        compatible = sharing;
      }
      if (compatible.size() == 1) {
        Unit root = compatible.get(0);
        rootOf.put(u, root);
        profile.put(root, profile.get(root).with(u));
      } else {
        rootOf.put(u, u);
        profile.put(u, u);
        rootsByLast.computeIfAbsent(NameKeys.last(u.key()), x -> new ArrayList<>()).add(u);
        rootsByFirst.computeIfAbsent(NameKeys.first(u.key()), x -> new ArrayList<>()).add(u);
      }
    }
    Map<String, List<Local>> clusters = new TreeMap<>();
    for (Map.Entry<Unit, Unit> e : rootOf.entrySet()) {
      clusters.computeIfAbsent(e.getValue().id(), x -> new ArrayList<>()).addAll(e.getKey().members());
    }
    for (List<Local> members : clusters.values()) {
      members.sort((a, b) -> a.node().getURI().compareTo(b.node().getURI()));
    }
    return clusters;
  }

  /** Whether unit {@code u} may join the cluster whose profile (everything known of it so far) is {@code root}. */
  static boolean fits(Unit root, Unit u) {
    if (root.genders().size() == 1 && u.genders().size() == 1 && !root.genders().equals(u.genders())) {
      return false;
    }
    if (!root.countries().isEmpty() && !u.countries().isEmpty() && disjoint(root.countries(), u.countries())) {
      return false;
    }
    if (u.words() == 1 && !u.key().equals(root.key())) {
      boolean royal = u.members().stream().anyMatch(Local::royal);
      if (royal && root.members().stream().noneMatch(Local::royal)) {
        return false;
      }
      if (u.roles().isEmpty() && u.countries().isEmpty()) {
        // a lone "Mitchell" or "Mohammed", with no title and no country, may be anyone of that name
        return false;
      }
      if (GIVEN.contains(u.key()) && !NameKeys.familyNameFirst(u.key(), root.key()) && disjoint(root.roles(),
          u.roles()) && disjoint(root.countries(), u.countries())) {
        return false;
      }
    }
    return true;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Locals resolved as one: one name, or one country of a one-word name. {@code id} is the slug of the canonical
   * person it would found; the profile fields gather what its members (and, for a root, its cluster) say.
   */
  record Unit(String id, String key, int words, List<Local> members, Set<String> roles, Set<String> countries,
      Set<String> genders, TreeSet<Integer> years) {
    static Unit of(String id, String key, List<Local> members) {
      Set<String> roles = new TreeSet<>();
      Set<String> countries = new TreeSet<>();
      Set<String> genders = new TreeSet<>();
      TreeSet<Integer> years = new TreeSet<>();
      for (Local l : members) {
        roles.addAll(l.roles());
        countries.addAll(l.countries());
        if (l.gender() != null) {
          genders.add(l.gender());
        }
        if (l.year() != null) {
          years.add(l.year());
        }
      }
      return new Unit(id, key, key.split(" ").length, members, roles, countries, genders, years);
    }

    /** Whether this unit's documents fall within the years of another's, give or take two. */
    boolean sameTime(Unit root) {
      return !years.isEmpty() && !root.years.isEmpty() && years.first() >= root.years.first() - 2
          && years.last() <= root.years.last() + 2;
    }

    Unit with(Unit other) {
      List<Local> all = new ArrayList<>(members);
      all.addAll(other.members());
      return of(id, key, all);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unit u && u.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    /**
     * The units of one name: one for a name of two words or more; for a one-word name, one per group of countries
     * that its locals share, locals without a country going to the only group (or to their own unit).
     */
    static List<Unit> split(String key, List<Local> locals) {
      String slug = key.replace(' ', '-');
      if (key.indexOf(' ') > 0) {
        return List.of(of(slug, key, locals));
      }
      Map<String, List<Local>> byCountry = new TreeMap<>();
      List<Local> none = new ArrayList<>();
      List<Local> several = new ArrayList<>();
      for (Local l : locals) {
        if (l.countries().isEmpty()) {
          none.add(l);
        } else if (l.countries().size() > 1) {
          // a document that ties the name to two countries tells nothing about which is which
          several.add(l);
        } else {
          byCountry.computeIfAbsent(String.join(" ", l.countries()), k -> new ArrayList<>()).add(l);
        }
      }
      if (byCountry.isEmpty()) {
        byCountry.put("", several);
        several = List.of();
      }
      List<List<Local>> groups = new ArrayList<>();
      List<Set<String>> groupCountries = new ArrayList<>();
      for (List<Local> ls : byCountry.values()) {
        Set<String> cs = new TreeSet<>();
        ls.forEach(l -> cs.addAll(l.countries()));
        int joined = -1;
        for (int i = 0; i < groups.size(); i++) {
          if (!disjoint(groupCountries.get(i), cs)) {
            joined = i;
            break;
          }
        }
        if (joined < 0) {
          groups.add(new ArrayList<>(ls));
          groupCountries.add(cs);
        } else {
          groups.get(joined).addAll(ls);
          groupCountries.get(joined).addAll(cs);
        }
      }
      if (groups.size() <= 1) {
        List<Local> all = new ArrayList<>(locals);
        return List.of(of(slug, key, all));
      }
      none.addAll(several);
      List<Unit> out = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        String code = groupCountries.get(i).iterator().next();
        out.add(of(slug + "-" + Vocab.localId(code).toLowerCase(Locale.ROOT), key,
            groups.get(i)));
      }
      if (!none.isEmpty()) {
        out.add(of(slug, key, none));
      }
      return out;
    }
  }

  /** An order-independent key for a pair of name keys. */
  public static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /**
   * The document-local people with what resolution needs of them, read with one scan per property over the whole
   * store (by predicate) rather than a lookup per person. On the VOA store each scan takes about 0.5 s, most of it
   * decoding nodes, the same as the lookups took.
   */
  static Map<Node, List<Local>> readLocals(DatasetGraph dsg, Node graph) {
    Map<Node, Node> graphOf = new LinkedHashMap<>();
    dsg.find(graph, Node.ANY, TYPE, NG.LocalPerson).forEachRemaining(q -> graphOf.put(q.getSubject(),
        q.getGraph()));
    Map<Node, String> labels = objects(dsg, graph, LABEL, graphOf);
    Map<Node, String> descriptions = objects(dsg, graph, NG.description, graphOf);
    Map<Node, String> genders = objects(dsg, graph, Vocab.schema("gender"), graphOf);
    Map<Node, Set<String>> roles = new HashMap<>();
    Map<Node, Node> roleOf = new HashMap<>();
    dsg.find(graph, Node.ANY, Vocab.org("role"), Node.ANY).forEachRemaining(q -> roleOf.put(q.getSubject(),
        q.getObject()));
    dsg.find(graph, Node.ANY, Vocab.org("holds"), Node.ANY).forEachRemaining(q -> {
      Node r = roleOf.get(q.getObject());
      if (r != null && r.isURI() && graphOf.containsKey(q.getSubject())) {
        roles.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(Vocab.localId(r.getURI()));
      }
    });
    Map<Node, Integer> yearOfGraph = new HashMap<>();
    dsg.find(graph, Node.ANY, Vocab.schema("datePublished"), Node.ANY).forEachRemaining(q -> {
      String d = q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : "";
      if (d.matches("\\d{4}.*")) {
        yearOfGraph.put(q.getGraph(), Integer.parseInt(d.substring(0, 4)));
      }
    });
    Map<Node, Set<String>> countries = strongCountries(dsg, graph);
    Map<Node, List<Local>> out = new HashMap<>();
    for (Map.Entry<Node, Node> e : graphOf.entrySet()) {
      Node n = e.getKey();
      String label = labels.get(n);
      if (label == null) {
        continue;
      }
      String desc = descriptions.get(n);
      if (desc != null) {
        desc = Vocab.localId(desc);
      }
      out.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(new Local(n, label, NameKeys.key(label), desc,
          roles.getOrDefault(n, Set.of()), countries.getOrDefault(n, Set.of()), genders.get(n),
          yearOfGraph.get(e.getValue())));
    }
    return out;
  }

  /** The value of a property for each local person (by subject), from one scan of the property. */
  private static Map<Node, String> objects(DatasetGraph dsg, Node graph, Node p, Map<Node, Node> locals) {
    Map<Node, String> out = new HashMap<>();
    dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
      if (locals.containsKey(q.getSubject()) && q.getGraph().equals(locals.get(q.getSubject()))) {
        Node o = q.getObject();
        out.putIfAbsent(q.getSubject(), o.isURI() ? o.getURI() : o.getLiteralLexicalForm());
      }
    });
    return out;
  }


  /**
   * The confidence from which a country that a document gives a person counts against another country: a title,
   * a possessive, a demonym or "of COUNTRY" (0.7 to 0.9), not a guess from the sentence's only country or the
   * other side of a meeting (0.5 to 0.6), which one wrong sentence can give.
   */
  static final double STRONG = 0.7;

  /**
   * The countries that the documents' statements give each local person with at least {@link #STRONG} confidence,
   * from one scan of the represents statements.
   */
  static Map<Node, Set<String>> strongCountries(DatasetGraph dsg, Node graph) {
    Map<Node, Set<String>> out = new HashMap<>();
    dsg.find(graph, Node.ANY, NG.agent, Node.ANY).forEachRemaining(q -> {
      Node fact = q.getSubject();
      String c = first(dsg, q.getGraph(), fact, NG.country);
      String conf = first(dsg, q.getGraph(), fact, NG.confidence);
      if (c != null && conf != null && Double.parseDouble(conf) >= STRONG) {
        out.computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(c);
      }
    });
    return out;
  }


  static String first(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    if (!it.hasNext()) {
      return null;
    }
    Node o = it.next().getObject();
    return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
  }
}
