package org.newsgraph.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.DependencyTree;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Sentence;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.InteractionLexicon;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.nlp.NameSpans;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Stage;

/**
 * Parses the sentences that can yield a relation: those with a person (a name, pronoun or description) and a
 * meeting or contact word, a title (from the roles lexicon) or a country. The others are left unparsed, which saves
 * most of the parser's cost. A sentence that fails to parse, is too long, or comes after the stage's time budget is
 * spent keeps no tree, and the relation rules read it with the token rules; the document is never lost.
 *
 * <pre>
 * Stage s = new ParseStage(MaltDependencyParser.shipped(), Limits.DEFAULT);
 * </pre>
 */
public final class ParseStage implements Stage {
  /** Longer sentences are left to the token rules (tables, lists, run-ons). */
  public static final int MAX_TOKENS = 120;

  private final DependencyParser parser;
  private final Limits limits;
  private final Gazetteers gaz;
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder nanos = new LongAdder();

  /** A stage over this parser; the gazetteers' titles correct the tagger ({@link #repairedTags}). */
  public ParseStage(DependencyParser parser, Limits limits, Gazetteers gaz) {
    this.parser = parser;
    this.limits = limits;
    this.gaz = gaz;
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS, Annotations.MENTIONS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.PARSES);
  }

  @Override
  public void annotate(Document doc) {
    List<Sentence> all = doc.get(Annotations.SENTENCES);
    BitSet person = new BitSet();
    BitSet cue = new BitSet();
    Map<Integer, List<Mention>> names = new HashMap<>();
    Map<Integer, List<Mention>> byTags = new HashMap<>();
    Set<Long> personStarts = new HashSet<>();
    for (Mention m : doc.get(Annotations.MENTIONS)) {
      byTags.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      switch (m.type()) {
        case PERSON, PRONOUN, DESCRIPTION -> person.set(m.sentence());
        case ROLE, COUNTRY -> cue.set(m.sentence());
        default -> { }
      }
      if (m.type() == MentionType.PERSON) {
        personStarts.add(((long) m.sentence() << 32) | m.start());
      }
      if (m.type() == MentionType.PERSON && m.end() - m.start() > 1) {
        names.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    InteractionLexicon lex = InteractionLexicon.shipped();
    long deadline = System.nanoTime() + limits.stageMillis() * 1_000_000L;
    int late = 0;
    int broken = 0;
    int here = 0;
    for (Sentence s : all) {
      sentences.increment();
      if (!person.get(s.index()) || s.size() < 2 || s.size() > MAX_TOKENS || s.tags().length != s.size()) {
        continue;
      }
      boolean worth = cue.get(s.index());
      for (int i = 0; !worth && i < s.size(); i++) {
        worth = lex.any(s.tokens()[i].toLowerCase(Locale.ROOT)) || predicativeTitle(s, i, personStarts);
      }
      if (!worth) {
        continue;
      }
      if (System.nanoTime() > deadline) {
        late++;
        continue;
      }
      long t0 = System.nanoTime();
      try {
        s.setTree(parseWithNames(s, repairedTags(s, byTags.getOrDefault(s.index(), List.of()), gaz),
            names.getOrDefault(s.index(), List.of())));
        parsed.increment();
        here++;
      } catch (RuntimeException e) {
        broken++;
        failed.increment();
      } finally {
        nanos.add(System.nanoTime() - t0);
      }
    }
    if (late > 0) {
      doc.warn("degraded: parse stage ran out of its " + limits.stageMillis() + " ms; " + late
          + " sentence(s) read by the token rules only");
    }
    if (broken > 0) {
      doc.warn("degraded: " + broken + " sentence(s) failed to parse and were read by the token rules only");
    }
    doc.set(Annotations.PARSES, new Layer(all.size(), here, late + broken));
  }

  /**
   * Whether a title starts at token {@code i} that stands apart from a name ("Okonjo is a former finance minister"):
   * only the parse can give it its holder. A title right before a name ("Finance Minister Ngozi Okonjo") is read by
   * the token rules and costs no parse.
   */
  private boolean predicativeTitle(Sentence s, int i, Set<Long> personStarts) {
    PhraseMatcher.Match r = gaz.roles().longestAt(s.tokens(), i);
    if (r == null) {
      return false;
    }
    int next = r.end();
    while (next < s.size() && NameSpans.HONORIFICS.contains(s.tokens()[next])) {
      next++;
    }
    return !personStarts.contains(((long) s.index() << 32) | next);
  }

  /**
   * The tagger's tags, corrected where the mentions know better: OpenNLP's UD tagger, trained on web text, tags
   * news names as verbs or auxiliaries ("Mitchell met" as AUX VERB) and titles as verbs ("representative"), and
   * every such error misleads the parser. A capitalized word of a name is a proper noun, a title word a noun
   * (capitalized: a proper noun, as UD tags "Prime Minister"), and a possessive "'s" a particle.
   */
  public static String[] repairedTags(Sentence s, List<Mention> mentions, Gazetteers gaz) {
    String[] tags = s.tags().clone();
    for (int i = 0; i < tags.length; i++) {
      PhraseMatcher.Match title = gaz.roles().longestAt(s.tokens(), i);
      if (title != null) {
        for (int k = title.start(); k < title.end(); k++) {
          String w = s.tokens()[k];
          if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
            tags[k] = Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
          }
        }
        i = title.end() - 1;
      }
    }
    for (Mention m : mentions) {
      for (int i = m.start(); i < m.end() && i < tags.length; i++) {
        String w = s.tokens()[i];
        boolean cap = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
        switch (m.type()) {
          case PERSON, LOCATION, ORGANIZATION -> {
            if (cap) {
              tags[i] = "PROPN";
            }
          }
          case COUNTRY -> {
            if (cap && !tags[i].equals("ADJ")) {
              tags[i] = "PROPN";
            }
          }
          default -> { }
        }
      }
    }
    for (int i = 0; i < tags.length; i++) {
      String w = s.tokens()[i];
      if (w.equals("'s") || w.equals("’s") || w.equals("'")) {
        if (i > 0 && (tags[i - 1].equals("PROPN") || tags[i - 1].equals("NOUN"))) {
          tags[i] = "PART";
        }
      }
    }
    return tags;
  }

  /**
   * Parses the sentence with each multi-word name as one proper noun ("Sonia Gandhi" as "Gandhi"): a name is one
   * node of the tree whatever its length, and the parser, trained on few news names, no longer attaches the words
   * of one name to different heads. The other words of a name hang from its last word as {@code flat}.
   */
  DependencyTree parseWithNames(Sentence s, String[] fixed, List<Mention> spans) {
    if (spans.isEmpty()) {
      return parser.parse(s.tokens(), fixed);
    }
    int n = s.size();
    int[] spanEnd = new int[n];
    Arrays.fill(spanEnd, -1);
    for (Mention m : spans) {
      boolean free = true;
      for (int i = m.start(); i < m.end(); i++) {
        free &= spanEnd[i] < 0;
      }
      if (free) {
        for (int i = m.start(); i < m.end(); i++) {
          spanEnd[i] = m.end() - 1;
        }
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (spanEnd[i] < 0 || spanEnd[i] == i) {
        kept.add(i);
      }
    }
    String[] words = new String[kept.size()];
    String[] tags = new String[kept.size()];
    for (int r = 0; r < kept.size(); r++) {
      int i = kept.get(r);
      words[r] = s.tokens()[i];
      tags[r] = spanEnd[i] == i ? "PROPN" : fixed[i];
    }
    DependencyTree small = parser.parse(words, tags);
    int[] heads = new int[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      if (spanEnd[i] >= 0 && spanEnd[i] != i) {
        heads[i] = spanEnd[i];
        labels[i] = "flat";
      }
    }
    for (int r = 0; r < kept.size(); r++) {
      int h = small.head(r);
      heads[kept.get(r)] = h < 0 ? -1 : kept.get(h);
      labels[kept.get(r)] = small.label(r);
    }
    return new DependencyTree(heads, labels);
  }

  /** Sentences seen, parsed and failed so far, and the parser's own time, over every thread. */
  public record Counts(long sentences, long parsed, long failed, long nanos) {
    /** Share of sentences parsed. */
    public double share() {
      return sentences == 0 ? 0 : (double) parsed / sentences;
    }

    /** Microseconds of parser time per parsed sentence. */
    public double microsPerParse() {
      return parsed == 0 ? 0 : nanos / 1e3 / parsed;
    }
  }

  /** What the stage has done so far. */
  public Counts counts() {
    return new Counts(sentences.sum(), parsed.sum(), failed.sum(), nanos.sum());
  }
}
