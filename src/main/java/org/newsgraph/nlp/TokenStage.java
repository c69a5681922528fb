package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Stage;

/** Tokenizes each sentence; cuts sentences longer than the limit into windows. */
public final class TokenStage implements Stage {
  private final ThreadLocal<TokenizerME> me;
  private final Limits limits;

  /** Over the shared model. */
  public TokenStage(NlpModels models, Limits limits) {
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
    int windows = 0;
    for (Sentence s : doc.get(Annotations.SENTENCES)) {
      Span[] abs = splitFinalPeriod(splitClitics(me.get().tokenizePos(s.text()), s.span().getStart(), text), text);
      if (abs.length <= max) {
        Sentence t = new Sentence(out.size(), s.span(), s.text());
        t.setTokens(abs, strings(abs, text));
        out.add(t);
      } else {
        doc.warn("sentence of " + abs.length + " tokens cut into windows of " + max);
        windows++;
        for (int from = 0; from < abs.length; from += max) {
          int to = Math.min(abs.length, from + max);
          Span[] w = Arrays.copyOfRange(abs, from, to);
          Span sp = new Span(w[0].getStart(), w[w.length - 1].getEnd());
          Sentence t = new Sentence(out.size(), sp, sp.getCoveredText(text).toString());
          t.setTokens(w, strings(w, text));
          out.add(t);
        }
      }
    }
    int tokens = 0;
    for (Sentence s : out) {
      tokens += s.size();
    }
    doc.set(Annotations.SENTENCES, out);
    doc.set(Annotations.TOKENS, new Layer(out.size(), tokens, windows));
  }

  /**
   * Offsets made absolute; a trailing possessive "'s" becomes a token of its own, as in the POS model, and so does
   * a hyphen that the tokenizer glued to the start of the next word ("Serbia -Montenegro 's", "al -Fahd"), so that
   * every hyphenated compound reads "Serbia - Montenegro" as the tokenizer usually cuts it and the lexicons match.
   */
  static Span[] splitClitics(Span[] rel, int base, String text) {
    List<Span> out = new ArrayList<>(rel.length + 4);
    for (Span r : rel) {
      int s = r.getStart() + base;
      int e = r.getEnd() + base;
      if (e - s > 1 && text.charAt(s) == '-' && Character.isLetter(text.charAt(s + 1)) && !out.isEmpty()
          && out.get(out.size() - 1).getEnd() == s) {
        out.add(new Span(s, s + 1));
        s++;
      }
      int glued = gluedWeekday(text, s, e);
      if (glued > s) {
        // "Die PresseWednesday": a weekday that lost its space in the source is a token of its own
        out.add(new Span(s, glued));
        out.add(new Span(glued, e));
        continue;
      }
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

  /** Where a weekday glued to the end of a lower-case word starts ("PresseWednesday"), or -1. */
  static int gluedWeekday(String text, int s, int e) {
    for (String day : NameSpans.WEEKDAYS) {
      int at = e - day.length();
      if (at > s + 1 && text.startsWith(day, at) && Character.isLowerCase(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The sentence's closing period as a token of its own when the tokenizer left it on a word that is no
   * abbreviation ("met Sergei Lavrov." ends in "Lavrov" and "."): otherwise the sentence seems to lack its closing
   * punctuation, and a word that ends in a period is no name. An abbreviation keeps it: a word with another period
   * inside ("U.S."), a single letter ("J."), or a short capitalized word without a vowel ("Jr.", "Ltd.").
   */
  static Span[] splitFinalPeriod(Span[] spans, String text) {
    if (spans.length == 0) {
      return spans;
    }
    Span last = spans[spans.length - 1];
    String w = last.getCoveredText(text).toString();
    if (w.length() < 3 || !w.endsWith(".") || abbreviation(w.substring(0, w.length() - 1))) {
      return spans;
    }
    Span[] out = Arrays.copyOf(spans, spans.length + 1);
    out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
    out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
    return out;
  }

  private static boolean abbreviation(String w) {
    if (w.indexOf('.') >= 0 || w.length() < 2 || !w.codePoints().allMatch(Character::isLetter)) {
      return true;
    }
    return w.length() <= 4 && Character.isUpperCase(w.codePointAt(0)) && w.toLowerCase(Locale.ROOT)
        .chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  private static String[] strings(Span[] spans, String text) {
    String[] s = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      s[i] = spans[i].getCoveredText(text).toString();
    }
    return s;
  }
}
