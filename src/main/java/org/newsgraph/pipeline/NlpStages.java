package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Sentence;
import org.newsgraph.nlp.DocumentNameFinder;
import org.newsgraph.nlp.NlpModels;

/**
 * The OpenNLP stages: sentences, tokens, POS tags and names. Each holds one ME instance per thread over
 * the shared immutable models, since the ME classes of OpenNLP 2.5 are not thread-safe.
 */
public final class NlpStages {
  private NlpStages() {
  }

  /** The four stages in order, over these models and limits. */
  public static List<Stage> all(NlpModels models, Limits limits) {
    return List.of(new Sentences(models), new Tokens(models, limits), new Pos(models, limits),
        new Names(models, limits));
  }

  /** Splits each line (paragraph) into sentences. */
  public static final class Sentences implements Stage {
    private final ThreadLocal<SentenceDetectorME> me;

    /** Over the shared model. */
    public Sentences(NlpModels models) {
      this.me = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentence()));
    }

    @Override
    public String name() {
      return "sentences";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Key<?>> produces() {
      return Set.of(Annotations.SENTENCES);
    }

    @Override
    public void annotate(Document doc) {
      String text = doc.text();
      List<Sentence> out = new ArrayList<>();
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int nl = text.indexOf('\n', lineStart);
        int lineEnd = nl < 0 ? text.length() : nl;
        String line = text.substring(lineStart, lineEnd);
        if (!line.isBlank()) {
          for (Span s : mergeAbbreviations(me.get().sentPosDetect(line), line)) {
            Span abs = new Span(s.getStart() + lineStart, s.getEnd() + lineStart);
            String st = abs.getCoveredText(text).toString();
            if (!st.isBlank()) {
              out.add(new Sentence(out.size(), abs, st));
            }
          }
        }
        if (nl < 0) {
          break;
        }
        lineStart = nl + 1;
      }
      doc.set(Annotations.SENTENCES, out);
    }
  }

  /** Titles and abbreviations that a sentence never ends with. */
  private static final java.util.Set<String> NEVER_FINAL = java.util.Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
      "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "Prof.", "St.", "Rev.", "No.", "Jan.",
      "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Pres.", "Amb.");
  /** Abbreviations that end a sentence only when the next one starts a new clause. */
  private static final java.util.Set<String> COUNTRY_ABBREVIATIONS = java.util.Set.of("U.S.", "U.K.", "U.N.",
      "E.U.", "U.S.A.");
  /** Words that continue a noun phrase after "U.S." rather than start a sentence. */
  private static final java.util.Set<String> CONTINUES = java.util.Set.of("President", "Secretary", "Defense",
      "Ambassador", "Senator", "Sen.", "Rep.", "Vice", "Attorney", "Treasury", "Army", "Navy", "Air", "Marine",
      "Embassy", "Envoy", "Special", "Deputy", "General", "Gen.", "Trade", "Representative", "Commander", "House",
      "Senate", "Congress", "State", "Department", "Security", "Council", "Secretary-General", "Chief", "National");

  /** Undoes sentence breaks after "Mr." or "U.S. President" that the UD sentence model (no abbreviation list) makes. */
  static Span[] mergeAbbreviations(Span[] spans, String line) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String before = line.substring(prev.getStart(), prev.getEnd()).trim();
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        String next = line.substring(s.getStart(), s.getEnd()).trim();
        String firstWord = next.split("\\s+", 2)[0];
        boolean merge = NEVER_FINAL.contains(lastWord) || lastWord.matches("\\p{Lu}\\.")
            || COUNTRY_ABBREVIATIONS.contains(lastWord) && (CONTINUES.contains(firstWord) || !firstWord.isEmpty()
                && Character.isLowerCase(firstWord.codePointAt(0)));
        if (merge) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out.toArray(new Span[0]);
  }

  /** Tokenizes each sentence; cuts sentences longer than the limit into windows. */
  public static final class Tokens implements Stage {
    private final ThreadLocal<TokenizerME> me;
    private final Limits limits;

    /** Over the shared model. */
    public Tokens(NlpModels models, Limits limits) {
      this.me = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizer()));
      this.limits = limits;
    }

    @Override
    public String name() {
      return "tokens";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of(Annotations.SENTENCES);
    }

    @Override
    public Set<Key<?>> produces() {
      // sentences over the token limit are replaced by windows, so the sentence list is written again
      return Set.of(Annotations.TOKENS, Annotations.SENTENCES);
    }

    @Override
    public void annotate(Document doc) {
      String text = doc.text();
      List<Sentence> out = new ArrayList<>();
      int max = limits.maxSentenceTokens();
      for (Sentence s : doc.get(Annotations.SENTENCES)) {
        Span[] abs = splitPossessives(me.get().tokenizePos(s.text()), s.span().getStart(), text);
        if (abs.length <= max) {
          Sentence t = new Sentence(out.size(), s.span(), s.text());
          t.setTokens(abs, strings(abs, text));
          out.add(t);
        } else {
          doc.warn("sentence of " + abs.length + " tokens cut into windows of " + max);
          for (int from = 0; from < abs.length; from += max) {
            int to = Math.min(abs.length, from + max);
            Span[] w = java.util.Arrays.copyOfRange(abs, from, to);
            Span sp = new Span(w[0].getStart(), w[w.length - 1].getEnd());
            Sentence t = new Sentence(out.size(), sp, sp.getCoveredText(text).toString());
            t.setTokens(w, strings(w, text));
            out.add(t);
          }
        }
      }
      doc.set(Annotations.SENTENCES, out);
      doc.set(Annotations.TOKENS, Boolean.TRUE);
    }

    /** Offsets made absolute; a trailing possessive "'s" becomes a token of its own, as in the POS model. */
    private static Span[] splitPossessives(Span[] rel, int base, String text) {
      List<Span> out = new ArrayList<>(rel.length + 4);
      for (Span r : rel) {
        int s = r.getStart() + base;
        int e = r.getEnd() + base;
        if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
            && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
          out.add(new Span(s, e - 2));
          out.add(new Span(e - 2, e));
        } else {
          out.add(new Span(s, e));
        }
      }
      return out.toArray(new Span[0]);
    }

    private static String[] strings(Span[] spans, String text) {
      String[] s = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        s[i] = spans[i].getCoveredText(text).toString();
      }
      return s;
    }
  }

  /** Tags parts of speech. */
  public static final class Pos implements Stage {
    private final ThreadLocal<POSTaggerME> me;
    private final Limits limits;

    /** Over the shared model. */
    public Pos(NlpModels models, Limits limits) {
      this.me = ThreadLocal.withInitial(() -> new POSTaggerME(models.pos()));
      this.limits = limits;
    }

    @Override
    public String name() {
      return "pos";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
    }

    @Override
    public Set<Key<?>> produces() {
      return Set.of(Annotations.POS);
    }

    @Override
    public void annotate(Document doc) {
      long deadline = System.nanoTime() + limits.stageMillis() * 1_000_000L;
      int skipped = 0;
      for (Sentence s : doc.get(Annotations.SENTENCES)) {
        if (System.nanoTime() > deadline) {
          String[] none = new String[s.size()];
          java.util.Arrays.fill(none, "X");
          s.setTags(none);
          skipped++;
        } else {
          s.setTags(me.get().tag(s.tokens()));
        }
      }
      if (skipped > 0) {
        doc.warn("degraded: pos stage ran out of its " + limits.stageMillis() + " ms; " + skipped
            + " sentence(s) untagged");
      }
      doc.set(Annotations.POS, Boolean.TRUE);
    }
  }

  /** Finds names with the statistical name finder; clears adaptive data after each document. */
  public static final class Names implements Stage {
    private final ThreadLocal<DocumentNameFinder> me;
    private final Limits limits;

    /** Over the shared model. */
    public Names(NlpModels models, Limits limits) {
      this.me = ThreadLocal.withInitial(() -> new DocumentNameFinder(models.ner()));
      this.limits = limits;
    }

    @Override
    public String name() {
      return "names";
    }

    @Override
    public Set<Key<?>> requires() {
      return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
    }

    @Override
    public Set<Key<?>> produces() {
      return Set.of(Annotations.NAMES);
    }

    @Override
    public void annotate(Document doc) {
      List<Sentence> sentences = doc.get(Annotations.SENTENCES);
      List<String[]> tokens = new ArrayList<>();
      for (Sentence s : sentences) {
        tokens.add(s.tokens());
      }
      DocumentNameFinder.Result result = me.get().find(tokens, limits.stageMillis());
      List<Span[]> found = result.names();
      if (result.skipped() > 0) {
        doc.warn("degraded: names stage ran out of its " + limits.stageMillis() + " ms; " + result.skipped()
            + " sentence(s) without names");
      }
      List<Mention> names = new ArrayList<>();
      for (Sentence s : sentences) {
        for (Span span : found.get(s.index())) {
          MentionType type = switch (span.getType().toLowerCase(Locale.ROOT)) {
            case "person" -> MentionType.PERSON;
            case "location" -> MentionType.LOCATION;
            case "organization" -> MentionType.ORGANIZATION;
            case "norp" -> MentionType.COUNTRY;
            default -> null;
          };
          if (type != null) {
            String surface = text(s, span.getStart(), span.getEnd(), doc.text());
            if (type == MentionType.PERSON) {
              surface = org.newsgraph.nlp.NameSpans.cleanLabel(surface);
              if (!org.newsgraph.nlp.NameSpans.nameLike(surface)) {
                continue;
              }
            }
            if (surface.isEmpty()) {
              continue;
            }
            names.add(new Mention(type, s.index(), span.getStart(), span.getEnd(), surface, surface, "ner"));
          }
        }
      }
      doc.set(Annotations.NAMES, names);
    }
  }

  /** The text covered by tokens {@code [start, end)} of a sentence. */
  public static String text(Sentence s, int start, int end, String docText) {
    return docText.substring(s.tokenSpans()[start].getStart(), s.tokenSpans()[end - 1].getEnd());
  }
}
