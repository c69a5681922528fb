package org.newsgraph.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The issue vocabulary: IPTC Media Topics (the 2025-10-09 release, CC BY 4.0) with newsgraph's altLabels on the
 * IPTC IRIs and newsgraph's finer concepts below them, and the term matcher built from their labels. Retired IPTC
 * concepts are kept for lookups but never matched. Immutable once built; one instance is shared by all threads.
 *
 * <pre>
 * TopicScheme s = TopicScheme.shipped();
 * String c = s.find("ceasefire");                   // "http://cv.iptc.org/newscodes/mediatopic/20000076"
 * String label = s.concept(c).prefLabel();          // "peace talks"
 * Set&lt;String&gt; all = s.descendantsAndSelf(s.find("medtop:20000073"));
 * </pre>
 */
public final class TopicScheme {
  /** Namespace of IPTC Media Topics. */
  public static final String MEDTOP = "http://cv.iptc.org/newscodes/mediatopic/";
  /** Namespace of newsgraph's finer concepts. */
  public static final String NGI = "https://w3id.org/newsgraph/id/issue/";
  /** The classpath resources that make up the scheme, in load order. */
  public static final List<String> RESOURCES = List.of("/org/newsgraph/ontology/iptc-mediatopic.ttl",
      "/org/newsgraph/ontology/iptc-altlabels.ttl", "/org/newsgraph/ontology/issues.ttl");
  private static final String STOP = "";
  /** Words that do not make a phrase of a single word: "on trial" weighs as "trial". */
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
      "by", "with", "and", "or", "his", "her", "its", "their");

  private static volatile TopicScheme shipped;

  /**
   * One concept. {@code depth} is 1 for IPTC's 17 top concepts; {@code retired} for IPTC's deprecated ones;
   * {@code ours} for newsgraph's finer concepts.
   */
  public record Concept(String iri, String prefLabel, List<String> altLabels, String definition, String broader,
      int depth, boolean retired, boolean ours) {

    /** The short code: {@code medtop:20000076}, or {@code ngi:missile-defense}. */
    public String code() {
      return iri.startsWith(MEDTOP) ? "medtop:" + iri.substring(MEDTOP.length())
          : iri.startsWith(NGI) ? "ngi:" + iri.substring(NGI.length()) : iri;
    }
  }

  /** A term found in a sentence: tokens {@code [start, end)} name {@code concept}; {@code weight} in (0, 1]. */
  public record TermMatch(int start, int end, String concept, double weight) {
  }

  private final Model model = ModelFactory.createDefaultModel();
  private final Map<String, Concept> concepts = new LinkedHashMap<>();
  private final Map<String, List<String>> narrower = new HashMap<>();
  private final Map<String, String> byLabel = new HashMap<>();
  private final Map<String, Set<String>> definitionWords = new HashMap<>();
  private final PhraseMatcher folded = new PhraseMatcher(true);
  private final PhraseMatcher exact = new PhraseMatcher(false);
  private final Set<String> definitionStop = WordList.words("topic-definition-stopwords.txt");

  private TopicScheme() {
    for (String r : RESOURCES) {
      try (InputStream in = Objects.requireNonNull(TopicScheme.class.getResourceAsStream(r), r)) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Resource c : model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
      String pref = c.hasProperty(SKOS.prefLabel) ? c.getProperty(SKOS.prefLabel).getString() : c.getLocalName();
      List<String> alts = new ArrayList<>();
      for (RDFNode a : model.listObjectsOfProperty(c, SKOS.altLabel).toList()) {
        alts.add(a.asLiteral().getString());
      }
      Collections.sort(alts);
      String def = c.hasProperty(SKOS.definition) ? c.getProperty(SKOS.definition).getString() : "";
      String broader = c.hasProperty(SKOS.broader) ? c.getPropertyResourceValue(SKOS.broader).getURI() : null;
      boolean retired = c.hasLiteral(OWL2.deprecated, true);
      concepts.put(c.getURI(), new Concept(c.getURI(), pref, List.copyOf(alts), def, broader, 0, retired,
          c.getURI().startsWith(NGI)));
    }
    Map<String, Concept> withDepth = new LinkedHashMap<>();
    for (Concept c : concepts.values()) {
      int depth = 1;
      for (String b = c.broader(); b != null && depth < 20; b = concepts.get(b) == null ? null
          : concepts.get(b).broader()) {
        depth++;
      }
      withDepth.put(c.iri(), new Concept(c.iri(), c.prefLabel(), c.altLabels(), c.definition(), c.broader(), depth,
          c.retired(), c.ours()));
      if (c.broader() != null && !c.retired()) {
        narrower.computeIfAbsent(c.broader(), k -> new ArrayList<>()).add(c.iri());
      }
    }
    concepts.clear();
    concepts.putAll(withDepth);
    for (String stop : WordList.lines("topic-stop-phrases.txt")) {
      folded.add(stop.trim(), STOP);
      exact.add(stop.trim(), STOP);
    }
    Set<String> unlabelled = WordList.words("topic-unlabelled.txt");
    // our finer concepts first: their labels are more specific than any IPTC altLabel that repeats them
    List<Concept> order = new ArrayList<>();
    concepts.values().stream().filter(Concept::ours).forEach(order::add);
    concepts.values().stream().filter(c -> !c.ours()).forEach(order::add);
    for (Concept c : order) {
      if (c.retired()) {
        continue;
      }
      for (String alt : c.altLabels()) {
        addTerm(alt, c.iri());
      }
      String pref = c.prefLabel();
      if (c.depth() > 1 && pref.indexOf('(') < 0 && !unlabelled.contains(pref.toLowerCase(Locale.ROOT))) {
        addTerm(pref, c.iri());
      }
      Set<String> words = new HashSet<>();
      for (String w : c.definition().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 4 && !definitionStop.contains(w)) {
          words.add(PhraseMatcher.fold(w));
        }
      }
      definitionWords.put(c.iri(), Set.copyOf(words));
    }
    for (Concept c : concepts.values()) {
      byLabel.putIfAbsent(key(c.prefLabel()), c.iri());
      byLabel.putIfAbsent(key(c.code()), c.iri());
      byLabel.putIfAbsent(key(c.iri()), c.iri());
      byLabel.putIfAbsent(key(c.code().substring(c.code().indexOf(':') + 1)), c.iri());
    }
    for (Concept c : concepts.values()) {
      for (String alt : c.altLabels()) {
        byLabel.putIfAbsent(key(alt), c.iri());
      }
    }
  }

  private void addTerm(String term, String concept) {
    boolean acronym = term.length() >= 2 && term.equals(term.toUpperCase(Locale.ROOT))
        && term.chars().anyMatch(Character::isLetter);
    (acronym ? exact : folded).add(term, concept);
  }

  /** The shipped scheme, loaded on first use. */
  public static TopicScheme shipped() {
    TopicScheme s = shipped;
    if (s == null) {
      synchronized (TopicScheme.class) {
        if (shipped == null) {
          shipped = new TopicScheme();
        }
        s = shipped;
      }
    }
    return s;
  }

  /** A concept by IRI, or null. */
  public Concept concept(String iri) {
    return concepts.get(iri);
  }

  /** Every concept, retired ones included. */
  public Map<String, Concept> concepts() {
    return Collections.unmodifiableMap(concepts);
  }

  /** The current concepts directly below {@code iri}. */
  public List<String> narrower(String iri) {
    return narrower.getOrDefault(iri, List.of());
  }

  /** A concept and every current concept below it. */
  public Set<String> descendantsAndSelf(String iri) {
    Set<String> out = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(iri));
    while (!todo.isEmpty()) {
      String c = todo.remove(todo.size() - 1);
      if (out.add(c)) {
        todo.addAll(narrower(c));
      }
    }
    return out;
  }

  /** A concept and its broader concepts, nearest first. */
  public List<String> ancestorsAndSelf(String iri) {
    List<String> out = new ArrayList<>();
    for (String c = iri; c != null && concepts.containsKey(c) && !out.contains(c); c = concepts.get(c).broader()) {
      out.add(c);
    }
    return out;
  }

  /** Whether {@code iri} is {@code ancestor} or lies below it. */
  public boolean within(String iri, String ancestor) {
    return ancestorsAndSelf(iri).contains(ancestor);
  }

  /**
   * The concept that a user's words name: an IRI, a code ({@code medtop:20000076}, {@code 20000076},
   * {@code ngi:missile-defense}), a prefLabel or an altLabel, case-insensitive and plural-tolerant; null if none.
   */
  public String find(String words) {
    String k = key(words);
    String c = byLabel.get(k);
    if (c == null && k.endsWith("s")) {
      c = byLabel.get(k.substring(0, k.length() - 1));
    }
    if (c == null) {
      c = byLabel.get(k + "s");
    }
    return c;
  }

  private static String key(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The stemmed content words of a concept's definition (empty for none). */
  public Set<String> definitionWords(String iri) {
    return definitionWords.getOrDefault(iri, Set.of());
  }

  /**
   * The terms of one sentence, longest first and without overlap. A term matches case-insensitively, except that
   * a term written in capitals ("IAEA") matches only as written, a word in capitals ("AIDS") matches only such a
   * term, a capitalized word next to another capitalized word is part of a name ("European Union", "Union
   * Carbide"), and a word tagged as a verb that does not end in "-ed" is no term ("to fire", "aid the rebels").
   * Stop phrases ("state television", "tear gas") consume their words.
   */
  public List<TermMatch> match(String[] tokens, String[] tags) {
    // the tokenizer splits hyphenated words unevenly ("oil | - | for- | food"): match on pieces, one hyphen each
    List<String> pieces = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int k = 0; k < tokens.length; k++) {
      String t = tokens[k];
      if (t.length() > 1 && t.indexOf('-') >= 0) {
        for (String part : t.split("(?=-)|(?<=-)")) {
          pieces.add(part);
          owner.add(k);
        }
      } else {
        pieces.add(t);
        owner.add(k);
      }
    }
    if (pieces.size() == tokens.length) {
      return matchPieces(tokens, tags);
    }
    List<TermMatch> out = new ArrayList<>();
    for (TermMatch m : matchPieces(pieces.toArray(new String[0]), spread(tags, owner))) {
      int from = owner.get(m.start());
      int to = owner.get(m.end() - 1);
      boolean whole = (m.start() == 0 || owner.get(m.start() - 1) != from)
          && (m.end() == pieces.size() || owner.get(m.end()) != to);
      if (whole) {
        out.add(new TermMatch(from, to + 1, m.concept(), m.weight()));
      }
    }
    return out;
  }

  private static String[] spread(String[] tags, List<Integer> owner) {
    String[] out = new String[owner.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = owner.get(i) < tags.length ? tags[owner.get(i)] : "";
    }
    return out;
  }

  private List<TermMatch> matchPieces(String[] tokens, String[] tags) {
    List<TermMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      PhraseMatcher.Match a = exact.longestAt(tokens, i);
      PhraseMatcher.Match f = folded.longestAt(tokens, i);
      PhraseMatcher.Match m = a == null ? f : f == null || a.end() >= f.end() ? a : f;
      if (m == null) {
        i++;
        continue;
      }
      if (m.value().equals(STOP)) {
        i = m.end();
        continue;
      }
      if (m == f && m.end() - m.start() == 1 && !single(tokens, tags, i)) {
        i++;
        continue;
      }
      int content = 0;
      for (int k = m.start(); k < m.end(); k++) {
        content += tokens[k].equals("-") || FUNCTION_WORDS.contains(tokens[k].toLowerCase(Locale.ROOT)) ? 0 : 1;
      }
      out.add(new TermMatch(m.start(), m.end(), m.value(), content > 1 ? 1.0 : 0.7));
      i = m.end();
    }
    return out;
  }

  private static boolean single(String[] t, String[] tags, int i) {
    String w = t[i];
    if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
      return false;
    }
    if (Character.isUpperCase(w.charAt(0)) && ((i > 0 && capitalized(t[i - 1]))
        || (i + 1 < t.length && capitalized(t[i + 1])))) {
      return false;
    }
    return !(i < tags.length && ("VERB".equals(tags[i]) || "AUX".equals(tags[i]))
        && !w.toLowerCase(Locale.ROOT).endsWith("ed"));
  }

  private static boolean capitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase);
  }

  /**
   * The triples that describe a concept in the vocabulary graph: its own statements without {@code skos:narrower}
   * (the graph holds only the concepts in use, so a narrower link could point outside it), and its code as
   * {@code skos:notation}.
   */
  public List<Triple> describe(String iri) {
    List<Triple> out = new ArrayList<>();
    Node s = NodeFactory.createURI(iri);
    for (Triple t : model.getGraph().find(s, Node.ANY, Node.ANY).toList()) {
      if (!t.getPredicate().equals(SKOS.narrower.asNode()) && !t.getPredicate().equals(SKOS.hasTopConcept.asNode())) {
        out.add(t);
      }
    }
    Concept c = concepts.get(iri);
    if (c != null) {
      out.add(Triple.create(s, SKOS.notation.asNode(), NodeFactory.createLiteralString(c.code())));
    }
    return out;
  }

  /** The concept schemes' own triples (titles, rights, licence), without their top-concept lists. */
  public List<Triple> schemes() {
    List<Triple> out = new ArrayList<>();
    for (Resource sc : model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
      out.addAll(describe(sc.getURI()));
    }
    return out;
  }
}
