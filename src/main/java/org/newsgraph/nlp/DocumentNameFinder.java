package org.newsgraph.nlp;

import java.util.ArrayList;
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
 * organization or missed it; a string tagged with two types takes the type it has most often.
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

  /** A finder over a shared model, with the model's own list of common lowercase words. */
  public DocumentNameFinder(TokenNameFinderModel model) {
    this(model, commonWords(model));
  }

  /** A finder over a shared model, with a list of common lowercase words of the caller's. */
  public DocumentNameFinder(TokenNameFinderModel model, Predicate<String> commonLowercase) {
    this.me = new NameFinderME(model);
    this.common = commonLowercase;
  }

  /** The model's common lowercase words ({@link #COMMON_WORDS}); none when the model has no such list. */
  public static Predicate<String> commonWords(TokenNameFinderModel model) {
    Object words = model.getArtifact(COMMON_WORDS);
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
    consistency(sentences, found);
    List<Span[]> out = new ArrayList<>();
    for (List<Span> l : found) {
      l.sort(null);
      out.add(l.toArray(new Span[0]));
    }
    return new Result(out, skipped);
  }

  private static String text(String[] toks, int start, int end) {
    return String.join(" ", java.util.Arrays.copyOfRange(toks, start, end));
  }

  private static void consistency(List<String[]> sentences, List<List<Span>> found) {
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
        if (!covered[t] && surnames.containsKey(toks[t])) {
          out.add(new Span(t, t + 1, "person"));
        }
      }
      spans.clear();
      spans.addAll(out);
    }
  }
}
