package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.Topics;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.pipeline.Stage;

/**
 * Finds what an article is about, as IPTC Media Topics, and what its meetings, contacts and quotes discuss.
 *
 * <p>Each sentence's terms (the concepts' labels and altLabels, see {@link TopicScheme#match}) give their concept a
 * weight: 1 for a phrase of two content words or more, 0.7 for a single word ("on trial" is one), 1.5 times that
 * in a headline, and at least 1 for a term that talks are about ("talks on the ceasefire", "discussed uranium
 * enrichment"). A concept's score is
 * the sum over its sentences of the best weight there, plus 0.3 for each distinct term after the first (two at
 * most), counting the terms of its narrower concepts once it has a term of its own: "peace process" in one sentence
 * and "ceasefire" in another add up under "peace process", but a concept with no term of its own, such as
 * "government", is never assigned by the words of its many narrower concepts.
 *
 * <p>A concept qualifies with a score of 1: a phrase, a word in two sentences, or a discussed term. A single word in
 * a single sentence is a passing mention, unless the article is so short that the sentence is a fifth of it.
 * Concepts whose terms mostly name actors or the places and steps of a story ({@code topic-actor-concepts.txt}:
 * court, police, armed forces, parliament, arrest, prison, summit) must be talked about or fill two fifths of the
 * sentences. Of a concept and one below it that both qualify, only the more specific is kept (the broader follows
 * through {@code skos:broader}); of two in the same IPTC branch whose evidence lies within two sentences, only the
 * stronger; IPTC's 17 top concepts are never assigned. The rest are ranked by score times (1 + 3 times the share of
 * the concept's IPTC definition words found in the article); at most four are kept, each with at least a quarter of
 * the best score unless it is discussed.
 *
 * <p>An event is about the concepts of the terms in its sentence, and of those in the sentences next to it that
 * belong to the article's topics. A quotation is about its phrases, and its words that
 * belong to the article's topics.
 *
 * <pre>
 * Stage s = new TopicStage(TopicScheme.shipped());
 * </pre>
 */
public final class TopicStage implements Stage {
  /** The score a concept needs: a phrase, a word in two sentences, or a discussed term. */
  static final double THRESHOLD = 1.0;
  /** In a short article a sentence is no passing mention: a concept in this share of the sentences qualifies... */
  static final double SHARE = 0.2;
  /** ...with this score (one word). */
  static final double MIN_SCORE = 0.7;
  /** What each distinct term after the first adds to a concept's score (at most two of them). */
  static final double DISTINCT_BONUS = 0.3;
  /** How much the share of a concept's IPTC definition found in the article raises its rank (score times 1 + 3s). */
  static final double DEFINITION = 3;
  /** At most this many topics per article. */
  static final int MAX_TOPICS = 4;
  /** A topic's score must reach this share of the best topic's. */
  static final double RELATIVE = 0.25;
  private static final double HEADLINE = 1.5;
  private static final int FRAME_WINDOW = 20;
  private static final int OBJECT_WINDOW = 4;
  private static final Set<String> FRAMES = WordList.words("topic-discussion-words.txt");
  private static final Set<String> LINKS = WordList.words("topic-discussion-links.txt");
  /** Share of the sentences that an actor concept (court, police, armed forces) must fill when not talked about. */
  static final double ACTOR_SHARE = 0.4;
  private static final Set<String> ACTORS = actors();
  private static final Set<String> UNLINKS = Set.of("with", "by", "to", "in", "at", "between", ".", ";");

  private final TopicScheme scheme;

  /** A stage over this scheme. */
  public TopicStage(TopicScheme scheme) {
    this.scheme = scheme;
  }

  @Override
  public String name() {
    return "topics";
  }

  /** Reads tokens and POS tags (a verb is no topic term), and the facts whose topics it adds. */
  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS, Annotations.FACTS);
  }

  /** Writes the topics, and the facts again: each meeting and contact with the concepts it discusses. */
  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.TOPICS, Annotations.FACTS);
  }

  @Override
  public void annotate(Document doc) {
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    List<Topics.Term> terms = new ArrayList<>();
    // concept -> sentence -> best weight, for the concept itself and rolled up to its ancestors
    Map<String, Map<Integer, Double>> rolled = new HashMap<>();
    Map<String, Set<String>> words = new HashMap<>();
    Set<String> discussed = new HashSet<>();
    Set<String> direct = new HashSet<>();
    Set<String> docWords = new HashSet<>();
    for (Sentence s : sentences) {
      String[] t = s.tokens();
      for (String w : t) {
        docWords.add(PhraseMatcher.fold(w));
      }
      int lastFrame = -FRAME_WINDOW - 1;
      boolean linked = false;
      boolean broken = false;
      boolean frameVerb = false;
      List<TopicScheme.TermMatch> found = scheme.match(t, s.tags());
      int next = 0;
      for (int k = 0; k < t.length; k++) {
        String low = t[k].toLowerCase(Locale.ROOT);
        if (FRAMES.contains(low)) {
          lastFrame = k;
          linked = false;
          broken = false;
          frameVerb = k < s.tags().length && "VERB".equals(s.tags()[k]);
        } else if (LINKS.contains(low)) {
          linked = true;
        } else if (UNLINKS.contains(low)) {
          broken = true;
        }
        while (next < found.size() && found.get(next).start() == k) {
          TopicScheme.TermMatch m = found.get(next++);
          String text = String.join(" ", Arrays.copyOfRange(t, m.start(), m.end())).replace(" - ", "-");
          double w = m.weight() * (s.index() == 0 && doc.title().isPresent() ? HEADLINE : 1);
          boolean talkedAbout = k - lastFrame <= FRAME_WINDOW && (linked
              || (frameVerb && !broken && k - lastFrame <= OBJECT_WINDOW));
          if (talkedAbout) {
            w = Math.max(w, THRESHOLD);
          }
          terms.add(new Topics.Term(s.index(), m.start(), m.end(), text, m.concept(), w));
          direct.add(m.concept());
          for (String a : scheme.ancestorsAndSelf(m.concept())) {
            rolled.computeIfAbsent(a, x -> new TreeMap<>()).merge(s.index(), w, Math::max);
            words.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(text.toLowerCase(Locale.ROOT));
            if (talkedAbout) {
              discussed.add(a);
            }
          }
        }
      }
    }
    List<String> candidates = new ArrayList<>();
    Map<String, Double> score = new HashMap<>();
    for (Map.Entry<String, Map<Integer, Double>> e : rolled.entrySet()) {
      TopicScheme.Concept c = scheme.concept(e.getKey());
      double sc = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum()
          + DISTINCT_BONUS * Math.min(2, words.get(e.getKey()).size() - 1);
      score.put(e.getKey(), sc);
      double share = (double) e.getValue().size() / Math.max(1, sentences.size());
      boolean strong = sc >= THRESHOLD || (share >= SHARE && sc >= MIN_SCORE);
      if (c != null && c.depth() > 1 && direct.contains(c.iri()) && strong
          && (!ACTORS.contains(c.iri()) || discussed.contains(c.iri()) || share >= ACTOR_SHARE)) {
        candidates.add(e.getKey());
      }
    }
    Map<String, Double> overlap = new HashMap<>();
    for (String c : candidates) {
      Set<String> def = scheme.definitionWords(c);
      long shared = def.stream().filter(docWords::contains).count();
      overlap.put(c, def.isEmpty() ? 0 : (double) shared / def.size());
    }
    candidates.removeIf(c -> candidates.stream().anyMatch(o -> !o.equals(c) && scheme.within(o, c)));
    candidates.sort(Comparator.comparingDouble((String c) -> -score.get(c) * (1 + DEFINITION * overlap.get(c)))
        .thenComparingDouble(c -> -overlap.get(c)).thenComparing(c -> c));
    List<String> kept = new ArrayList<>();
    for (String c : candidates) {
      if (kept.stream().noneMatch(k -> branch(c).equals(branch(k))
          && close(rolled.get(c).keySet(), rolled.get(k).keySet()))) {
        kept.add(c);
      }
    }
    candidates.retainAll(kept);
    List<Topics.Topic> article = new ArrayList<>();
    double best = candidates.isEmpty() ? 0 : score.get(candidates.get(0));
    for (String c : candidates) {
      if (article.size() == MAX_TOPICS) {
        break;
      }
      if (score.get(c) < RELATIVE * best && !discussed.contains(c)) {
        continue;
      }
      double sc = score.get(c);
      double conf = Math.round(100 * (1 - Math.exp(-sc / 3)) * (0.85 + 0.15 * overlap.get(c))) / 100.0;
      article.add(new Topics.Topic(c, Math.round(sc * 100) / 100.0, conf, article.size() + 1,
          List.copyOf(rolled.get(c).keySet()), List.copyOf(words.get(c))));
    }
    Set<String> articleTree = new HashSet<>();
    for (Topics.Topic tp : article) {
      articleTree.addAll(scheme.descendantsAndSelf(tp.concept()));
    }
    Facts facts = doc.get(Annotations.FACTS);
    Map<Integer, Set<String>> bySentence = new TreeMap<>();
    for (int i = 0; i < facts.interactions.size(); i++) {
      Facts.Interaction e = facts.interactions.get(i);
      Set<String> about = bySentence.computeIfAbsent(e.sentence(), s -> discussed(s, terms, articleTree));
      facts.interactions.set(i, new Facts.Interaction(e.kind(), e.sideA(), e.sideB(), e.trigger(), e.medium(),
          e.modality(), e.cameo(), e.sentence(), e.place(), e.time(), new TreeSet<>(about), e.extractor(),
          e.confidence()));
    }
    List<Set<String>> quotes = new ArrayList<>();
    for (Facts.Quote q : facts.quotes) {
      quotes.add(quoted(q, sentences, terms, articleTree));
    }
    doc.set(Annotations.FACTS, facts);
    doc.set(Annotations.TOPICS, new Topics(List.copyOf(article), List.copyOf(terms), quotes));
  }

  private String branch(String c) {
    List<String> up = scheme.ancestorsAndSelf(c);
    return up.size() >= 2 ? up.get(up.size() - 2) : c;
  }

  private static boolean close(Set<Integer> a, Set<Integer> b) {
    for (int x : a) {
      for (int y : b) {
        if (Math.abs(x - y) <= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> actors() {
    Set<String> out = new HashSet<>();
    for (String line : WordList.lines("topic-actor-concepts.txt")) {
      out.add(TopicScheme.MEDTOP + line.trim().replaceAll("^medtop:(\\d+).*", "$1"));
    }
    return Set.copyOf(out);
  }

  /** The concepts of an event's sentence, and of its neighbours' terms that belong to the article's topics. */
  private static Set<String> discussed(int sentence, List<Topics.Term> terms, Set<String> articleTree) {
    Set<String> out = new TreeSet<>();
    for (Topics.Term t : terms) {
      // wire copy often makes each sentence a paragraph, so the neighbours are read across paragraph breaks
      if (t.sentence() == sentence || (Math.abs(t.sentence() - sentence) == 1 && articleTree.contains(t.concept()))) {
        out.add(t.concept());
      }
    }
    return out;
  }

  /** The concepts of the terms inside a quotation: a phrase, or a word of one of the article's topics. */
  private static Set<String> quoted(Facts.Quote q, List<Sentence> sentences, List<Topics.Term> terms,
      Set<String> articleTree) {
    Set<String> out = new TreeSet<>();
    for (Topics.Term t : terms) {
      if (t.sentence() >= sentences.size()) {
        continue;
      }
      Sentence s = sentences.get(t.sentence());
      int begin = s.tokenSpans()[t.start()].getStart();
      int end = s.tokenSpans()[t.end() - 1].getEnd();
      if (begin >= q.start() && end <= q.end() && (t.weight() >= 1 || articleTree.contains(t.concept()))) {
        out.add(t.concept());
      }
    }
    return out;
  }
}
