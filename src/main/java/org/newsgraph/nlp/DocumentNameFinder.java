package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * The name finder over a whole document: the statistical finder sentence by sentence, then document-level
 * consistency. A person span loses trailing numbers and punctuation; a name (or surname) that the document
 * tags as a person is a person wherever else it stands, also where the finder tagged it as a place or
 * organization or missed it; a surname found alone takes the given names and initials written before it
 * ("Stanisław Baranowski", "C. H. Douglas"); capitalized words after a title are a person ("Justice
 * Thomas"); a string tagged with two types takes the type it has most often.
 * Not thread-safe (like {@link NameFinderME}): one per thread, over a shared model.
 *
 * <pre>
 * DocumentNameFinder f = new DocumentNameFinder(model);
 * List&lt;Span[]&gt; names = f.find(List.of(tokens1, tokens2));
 * </pre>
 */
public final class DocumentNameFinder {
  /** Model artifact with the words that are common in lowercase, used to recase sentences in capitals. */
  public static final String COMMON_WORDS = "common-words.dictionary";

  private final NameFinderME me;
  private final Predicate<String> common;
  private final Predicate<String> givenNames;

  /** A finder over a shared model, with the model's own list of common lowercase words. */
  public DocumentNameFinder(TokenNameFinderModel model) {
    this(model, commonWords(model));
  }

  /** A finder over a shared model, with a list of common lowercase words of the caller's. */
  public DocumentNameFinder(TokenNameFinderModel model, Predicate<String> commonLowercase) {
    this.me = new NameFinderME(model);
    this.common = commonLowercase;
    this.givenNames = wordList(model, NameFinderTraining.FIRST_NAMES);
  }

  /** The model's common lowercase words ({@link #COMMON_WORDS}); none when the model has no such list. */
  public static Predicate<String> commonWords(TokenNameFinderModel model) {
    return wordList(model, COMMON_WORDS);
  }

  private static Predicate<String> wordList(TokenNameFinderModel model, String artifact) {
    Object words = model.getArtifact(artifact);
    if (words instanceof Dictionary d) {
      return w -> d.contains(new StringList(w));
    }
    return w -> false;
  }

  /** Names per sentence, and how many sentences the time budget left without names. */
  public record Result(List<Span[]> names, int skipped) {
  }

  /** Names of each sentence of one document; adaptive data is cleared afterwards. */
  public List<Span[]> find(List<String[]> sentences) {
    return find(sentences, Long.MAX_VALUE / 2_000_000L).names();
  }

  /** Names of each sentence, within a time budget; sentences past it get no names. */
  public Result find(List<String[]> sentences, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    int skipped = 0;
    List<List<Span>> found = new ArrayList<>();
    try {
      for (String[] toks : sentences) {
        List<Span> spans = new ArrayList<>();
        boolean late = System.nanoTime() > deadline;
        skipped += late ? 1 : 0;
        String[] seen = NameSpans.shouting(toks) ? NameSpans.truecase(toks, common) : toks;
        for (Span s : toks.length == 0 || late ? new Span[0] : me.find(seen)) {
          Span t = s.getType().equals("person") ? NameSpans.cleanPerson(s, toks, common) : s;
          if (t != null) {
            spans.add(t);
          }
        }
        found.add(spans);
      }
    } finally {
      me.clearAdaptiveData();
    }
    consistency(sentences, found, common, givenNames);
    List<Span[]> out = new ArrayList<>();
    for (List<Span> l : found) {
      l.sort(null);
      out.add(l.toArray(new Span[0]));
    }
    return new Result(out, skipped);
  }

  private static String text(String[] toks, int start, int end) {
    return String.join(" ", Arrays.copyOfRange(toks, start, end));
  }

  /**
   * Document-level consistency over the spans found per sentence, in place: majority types, full names and
   * surnames found elsewhere in the document, and names after a title.
   */
  static void consistency(List<String[]> sentences, List<List<Span>> found, Predicate<String> common,
      Predicate<String> givenNames) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Boolean> surnames = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span s : found.get(i)) {
        String key = text(sentences.get(i), s.getStart(), s.getEnd());
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(s.getType(), 1, Integer::sum);
        if (s.getType().equals("person") && s.length() >= 2) {
          String last = sentences.get(i)[s.getEnd() - 1];
          if (last.length() >= 3 && Character.isUpperCase(last.codePointAt(0))) {
            surnames.put(last, Boolean.TRUE);
          }
        }
      }
    }
    Map<String, String> majority = new HashMap<>();
    votes.forEach((k, v) -> {
      String best = null;
      int n = -1;
      for (Map.Entry<String, Integer> e : v.entrySet()) {
        if (e.getValue() > n || e.getValue() == n && e.getKey().compareTo(best) < 0) {
          best = e.getKey();
          n = e.getValue();
        }
      }
      if (v.getOrDefault("person", 0) > 0 && v.get("person") * 2 >= v.values().stream().mapToInt(x -> x).sum()) {
        best = "person";
      }
      majority.put(k, best);
    });
    List<String[]> fullNames = new ArrayList<>();
    majority.forEach((k, type) -> {
      if (type.equals("person") && k.indexOf(' ') > 0) {
        fullNames.add(k.split(" "));
      }
    });
    fullNames.sort((x, y) -> y.length != x.length ? y.length - x.length
        : String.join(" ", x).compareTo(String.join(" ", y)));
    for (int i = 0; i < sentences.size(); i++) {
      String[] toks = sentences.get(i);
      List<Span> spans = found.get(i);
      List<Span> out = new ArrayList<>();
      boolean[] covered = new boolean[toks.length];
      for (Span s : spans) {
        String key = text(toks, s.getStart(), s.getEnd());
        String type = majority.getOrDefault(key, s.getType());
        if (s.length() == 1 && surnames.containsKey(key)) {
          type = "person";
        }
        out.add(type.equals(s.getType()) ? s : new Span(s.getStart(), s.getEnd(), type, s.getProb()));
        for (int t = s.getStart(); t < s.getEnd(); t++) {
          covered[t] = true;
        }
      }
      for (int t = 0; t < toks.length; t++) {
        if (covered[t]) {
          continue;
        }
        int start = t;
        int end = -1;
        if (t > 0 && isTitle(toks[t - 1]) && !covered[t - 1]) {
          end = titled(toks, t, covered, common);
        }
        if (end < 0) {
          end = fullName(toks, t, covered, fullNames);
        }
        if (end < 0 && surnames.containsKey(toks[t])) {
          end = t + 1;
          while (start > 0 && !covered[start - 1] && givenNameOrInitial(toks[start - 1], common, givenNames)) {
            start--;
          }
        }
        if (end > 0) {
          out.add(new Span(start, end, "person"));
          for (int k = start; k < end; k++) {
            covered[k] = true;
          }
          t = end - 1;
        }
      }
      spans.clear();
      spans.addAll(out);
    }
  }

  /** The end of a run of capitalized words at {@code t} that are neither common words nor titles, or -1. */
  private static int titled(String[] toks, int t, boolean[] covered, Predicate<String> common) {
    int e = t;
    while (e < toks.length && e - t < 4 && !covered[e] && Character.isUpperCase(toks[e].codePointAt(0))
        && NameSpans.hasLetter(toks[e]) && !common.test(toks[e]) && !isTitle(toks[e])) {
      e++;
    }
    return e > t ? e : -1;
  }

  private static boolean isTitle(String w) {
    return NameSpans.HONORIFICS.contains(w) || NameSpans.TITLES.contains(w);
  }

  /** The end of a person name of the document written out in full at {@code t}, or -1. */
  private static int fullName(String[] toks, int t, boolean[] covered, List<String[]> fullNames) {
    for (String[] name : fullNames) {
      if (t + name.length > toks.length) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < name.length && match; k++) {
        match = !covered[t + k] && toks[t + k].equals(name[k]);
      }
      if (match) {
        return t + name.length;
      }
    }
    return -1;
  }

  /** An initial ("C.", "H") or a capitalized given name that is not a common lowercase word nor a title. */
  private static boolean givenNameOrInitial(String w, Predicate<String> common, Predicate<String> givenNames) {
    if (w.matches("\\p{Lu}\\.?")) {
      return true;
    }
    return Character.isUpperCase(w.codePointAt(0)) && givenNames.test(w) && !common.test(w)
        && !NameSpans.HONORIFICS.contains(w);
  }
}
