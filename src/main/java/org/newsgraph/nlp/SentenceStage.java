package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Stage;

/** Splits each line (paragraph) into sentences. */
public final class SentenceStage implements Stage {
  private final ThreadLocal<SentenceDetectorME> me;

  /** Over the shared model. */
  public SentenceStage(NlpModels models) {
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

  private static final Set<String> NEVER_FINAL = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
      "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "Prof.", "St.", "Rev.", "No.", "Jan.",
      "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Pres.", "Amb.");
  /** Abbreviations that end a sentence only when the next one starts a new clause. */
  private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("U.S.", "U.K.", "U.N.",
      "E.U.", "U.S.A.");
  /** Words that continue a noun phrase after "U.S." rather than start a sentence. */
  private static final Set<String> CONTINUES = Set.of("President", "Secretary", "Defense",
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
}
