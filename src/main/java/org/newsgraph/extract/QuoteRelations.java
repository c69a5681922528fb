package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.lexicon.Gazetteers;

/**
 * Quotations and their speakers: a quotation followed or preceded by a person and a speech verb ("...," Berg
 * said), or sharing a paragraph with one attributed quotation; first-person pronouns inside a quotation then refer
 * to its speaker.
 */
final class QuoteRelations extends Rules {
  QuoteRelations(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  @Override
  void run() {
    quotes();
    for (Mention m : mentions) {
      if (m.type() == MentionType.PRONOUN && Set.of("i", "me", "we", "us").contains(m.ref())) {
        String k = speakerOfToken.get(tokenId(m.sentence(), m.start()));
        if (k != null) {
          views.get(m.sentence()).put(m, k);
        }
      }
    }
  }

  void quotes() {
    String text = doc.text();
    List<int[]> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      int open = -1;
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (c == '“' || c == '"' && open < 0) {
          open = i;
        } else if ((c == '”' || c == '"') && open >= 0) {
          if (i - open > 1) {
            spans.add(new int[] {open, i + 1, lineStart});
          }
          open = -1;
        }
      }
      lineStart = lineEnd + 1;
    }
    List<String> speakers = new ArrayList<>();
    for (int[] q : spans) {
      speakers.add(attribute(q[0], q[1]));
    }
    for (int i = 0; i < spans.size(); i++) {
      if (speakers.get(i) == null) {
        String inherit = null;
        for (int j = 0; j < spans.size(); j++) {
          if (j != i && spans.get(j)[2] == spans.get(i)[2] && speakers.get(j) != null) {
            if (inherit == null || inherit.equals(speakers.get(j))) {
              inherit = speakers.get(j);
            } else {
              inherit = null;
              break;
            }
          }
        }
        speakers.set(i, inherit);
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      String speaker = speakers.get(i);
      int[] q = spans.get(i);
      if (speaker == null) {
        continue;
      }
      int sent = sentenceAt(q[0]);
      String inner = text.substring(q[0] + 1, q[1] - 1).trim();
      facts.quotes.add(new Facts.Quote(PersonKey.of(speaker), inner, sent, q[0] + 1, q[1] - 1, "quote-attribution",
          0.85));
      for (SentenceView v : views.subList(sent, Math.min(views.size(), sentenceAt(q[1] - 1) + 1))) {
        for (int t = 0; t < v.size(); t++) {
          int c = v.sentence.tokenSpans()[t].getStart();
          if (c > q[0] && c < q[1] - 1) {
            speakerOfToken.put(tokenId(v.sentence.index(), t), speaker);
          }
        }
      }
    }
  }

  /** The sentence that holds a character offset (the last one past the end): a binary search. */
  int sentenceAt(int charOffset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (charOffset < sentences.get(mid).span().getEnd()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return Math.max(0, lo);
  }

  int tokenAt(SentenceView v, int charOffset) {
    for (int t = 0; t < v.size(); t++) {
      if (v.sentence.tokenSpans()[t].getEnd() > charOffset) {
        return t;
      }
    }
    return v.size();
  }

  String attribute(int open, int close) {
    SentenceView after = views.get(sentenceAt(close - 1));
    int t = tokenAt(after, close - 1) + 1;
    for (int k = t; k < Math.min(after.size(), t + 6); k++) {
      if (after.referent[k] != null && !after.possessive(k)) {
        int e = after.mentionAt[k].end();
        boolean verbAfter = e < after.size() && SPEECH.contains(after.lower[e])
            || e + 1 < after.size() && after.lower[e].equals(",") && SPEECH.contains(after.lower[e + 1]);
        boolean verbBefore = k > 0 && SPEECH.contains(after.lower[k - 1])
            || k > 1 && SPEECH.contains(after.lower[k - 2]) && MentionStage.HONORIFICS.contains(after.tokens[k - 1]);
        if (verbAfter || verbBefore) {
          return after.referent[k];
        }
      }
      if (after.tokens[k].equals("“") || after.tokens[k].equals("\"")) {
        break;
      }
    }
    SentenceView before = views.get(sentenceAt(open));
    int o = tokenAt(before, open);
    for (int k = o - 1; k >= Math.max(0, o - 8); k--) {
      if (before.referent[k] != null && !before.possessive(k)) {
        boolean speech = false;
        for (int j = Math.max(0, k - 3); j < Math.min(o, before.mentionAt[k].end() + 3); j++) {
          speech |= SPEECH.contains(before.lower[j]);
        }
        if (speech) {
          return before.referent[k];
        }
      }
    }
    return null;
  }
}
