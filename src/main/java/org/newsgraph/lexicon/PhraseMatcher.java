package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of token sequences in a phrase table. Phrases are tokenized on spaces and
 * around hyphens as the OpenNLP tokenizer does; matching can be case-sensitive (names, abbreviations)
 * or case-insensitive with a plural-tolerant last token (issue terms, titles).
 */
public final class PhraseMatcher {
  private final Map<String, String> table = new HashMap<>();
  private final boolean ignoreCase;
  private int maxLen = 1;

  /** A matcher; {@code ignoreCase} also makes a trailing plural "s" optional. */
  public PhraseMatcher(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** A match of tokens {@code [start, end)} to {@code value}. */
  public record Match(int start, int end, String value) {
  }

  /** Adds a phrase; the first value added for a phrase wins. */
  public void add(String phrase, String value) {
    String[] toks = split(phrase);
    maxLen = Math.max(maxLen, toks.length);
    table.putIfAbsent(key(toks, 0, toks.length), value);
  }

  /** Splits a phrase into tokens. */
  static String[] split(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (w.length() > 1 && w.indexOf('-') > 0 && !w.endsWith("-")) {
        String[] parts = w.split("-");
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            out.add("-");
          }
          out.add(parts[i]);
        }
      } else {
        out.add(w);
      }
    }
    return out.toArray(new String[0]);
  }

  private String norm(String tok) {
    return ignoreCase ? fold(tok) : tok;
  }

  /** A word as case-insensitive, plural-tolerant matching compares it: lower case, without a final "s". */
  public static String fold(String word) {
    String t = word.toLowerCase(Locale.ROOT);
    return t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.substring(0, t.length() - 1) : t;
  }

  private String key(String[] toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(norm(toks[i]));
    }
    return sb.toString();
  }

  /** Whether a phrase of this matcher, of at most four tokens, covers token {@code k} ("North Korean"). */
  public boolean covers(String[] toks, int k) {
    for (int start = Math.max(0, k - 3); start <= k; start++) {
      Match x = longestAt(toks, start);
      if (x != null && x.end() > k) {
        return true;
      }
    }
    return false;
  }

  /** The value of exactly this token span, or null. */
  public String lookup(String[] toks, int from, int to) {
    return table.get(key(toks, from, to));
  }

  /** The value of a phrase, or null. */
  public String lookup(String phrase) {
    String[] t = split(phrase);
    return lookup(t, 0, t.length);
  }

  /** Longest non-overlapping matches, left to right. */
  public List<Match> find(String[] toks) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < toks.length) {
      Match m = longestAt(toks, i);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** A match that ends right before token {@code end} and starts at most {@code span} tokens earlier, or null. */
  public Match endingAt(String[] toks, int end, int span) {
    for (int k = Math.max(0, end - span); k < end; k++) {
      Match x = longestAt(toks, k);
      if (x != null && x.end() == end) {
        return x;
      }
    }
    return null;
  }

  /** The longest match that starts at token {@code i}, or null. */
  public Match longestAt(String[] toks, int i) {
    for (int len = Math.min(maxLen, toks.length - i); len >= 1; len--) {
      String v = table.get(key(toks, i, i + len));
      if (v != null) {
        return new Match(i, i + len, v);
      }
    }
    return null;
  }
}
