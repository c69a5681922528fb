package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.doc.Cameo;
import org.newsgraph.doc.EventKind;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Medium;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Modality;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.PhraseMatcher;

/**
 * Meetings and contacts between two sides of people. A parsed sentence is read first by the dependency rules
 * ({@link InteractionsFromSyntax}); the token rules then read the triggers that the dependency rules did not, and
 * every sentence without a parse: a trigger word, the groups of people before and after it, premodifier groups
 * ("the Putin and Medvedev meetings"), groups bridged to the next names ("two top aides"), and the modality from the
 * words before the trigger.
 */
final class MeetingRelations extends Rules {
  private static final InteractionsFromSyntax SYNTAX = new InteractionsFromSyntax();

  MeetingRelations(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  @Override
  void run() {
    for (SentenceView v : views) {
      SYNTAX.extract(v, new InteractionsFromSyntax.Sink() {
        @Override
        public void add(SentenceView view, int trigger, Set<String> a, Set<String> b, Medium medium, boolean mutual,
            Modality modality, String extractor) {
          readBySyntax.add(tokenId(view.sentence.index(), trigger));
          record(view, trigger, a, b, medium, mutual, modality, extractor);
        }

        @Override
        public void veto(SentenceView view, int trigger) {
          readBySyntax.add(tokenId(view.sentence.index(), trigger));
        }
      });
      interactions(v);
    }
  }

  record Group(Set<String> members, int start, int end) {
  }

  boolean titleToken(SentenceView v, int i) {
    return MentionStage.HONORIFICS.contains(v.tokens[i]) || gaz.roles().longestAt(v.tokens, i) != null
        || gaz.countries().longestAt(v.tokens, i) != null || gaz.institutions().longestAt(v.tokens, i) != null
        || MODIFIERS.contains(v.lower[i]) || v.lower[i].equals("the");
  }

  /** The token after the title word, country or institution that starts at {@code i}. */
  int skipTitle(SentenceView v, int i) {
    int e = i + 1;
    for (PhraseMatcher m : List.of(gaz.roles(), gaz.countries(), gaz.institutions())) {
      PhraseMatcher.Match x = m.longestAt(v.tokens, i);
      if (x != null) {
        e = Math.max(e, x.end());
      }
    }
    return e;
  }

  /** Skips titles forward from {@code i}; the token where a participant mention starts, or -1. */
  int participantAt(SentenceView v, int i) {
    int k = i;
    while (k < v.size() && v.referent[k] == null && titleToken(v, k)) {
      k = skipTitle(v, k);
    }
    return k < v.size() && v.referent[k] != null ? k : -1;
  }

  Group groupForward(SentenceView v, int i) {
    Set<String> members = new LinkedHashSet<>();
    int k = participantAt(v, i);
    if (k < 0) {
      return null;
    }
    int start = k;
    int end = k;
    while (k >= 0) {
      if (v.possessive(k)) {
        break;
      }
      members.add(v.referent[k]);
      end = v.mentionAt[k].end();
      int c = end;
      while (c < v.size() && CONNECT.contains(v.lower[c])) {
        c++;
      }
      if (c == end || c >= v.size()) {
        break;
      }
      k = participantAt(v, c);
    }
    return members.isEmpty() ? null : new Group(members, start, end);
  }

  Group groupBackward(SentenceView v, int before, Set<String> exclude) {
    int k = before - 1;
    while (k >= 0 && (v.referent[k] == null || v.possessive(k) || exclude.contains(v.referent[k]))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Set<String> members = new LinkedHashSet<>();
    int start = v.mentionAt[k].start();
    int end = v.mentionAt[k].end();
    members.add(v.referent[k]);
    boolean sawAnd = false;
    int c = start - 1;
    while (c >= 0) {
      while (c >= 0 && v.referent[c] == null && titleToken(v, c) && !v.lower[c].equals("the")) {
        c--;
      }
      if (c >= 0 && (v.lower[c].equals("and") || v.lower[c].equals(",") && sawAnd)) {
        sawAnd = true;
        int p = c - 1;
        if (p >= 0 && v.lower[p].equals(",")) {
          p--;
        }
        if (p >= 0 && v.referent[p] != null && !v.possessive(p)) {
          members.add(v.referent[p]);
          start = v.mentionAt[p].start();
          c = start - 1;
          continue;
        }
      }
      break;
    }
    return new Group(members, start, end);
  }

  void interactions(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      String w = v.lower[i];
      if (readBySyntax.contains(tokenId(v.sentence.index(), i))) {
        continue;
      }
      boolean meet = MEET.contains(w);
      boolean contact = CONTACT.contains(w);
      if (!meet && !contact) {
        continue;
      }
      boolean phone = false;
      for (int k = Math.max(0, i - 3); k < Math.min(v.size(), i + 4); k++) {
        phone |= k != i && PHONE.contains(v.lower[k]);
      }
      boolean bareCall = (w.equals("called") || w.equals("calls")) && !phone;
      if (w.equals("call") && !phone) {
        continue;
      }
      if (w.equals("talk") || w.equals("talked") || w.equals("talking") || w.equals("spoke")
          || w.equals("speaks")) {
        int n = i + 1;
        boolean with = false;
        while (n < v.size() && n < i + 4) {
          with |= v.lower[n].equals("with") || v.lower[n].equals("to");
          n++;
        }
        if (!with) {
          continue;
        }
      }
      Group b = null;
      Group a = null;
      Medium medium = contact || phone ? medium(v, i) : Medium.IN_PERSON;
      if (NOMINAL.contains(w)) {
        Group pre = premodifierGroup(v, i);
        if (pre != null) {
          b = pre;
          a = groupBackward(v, pre.start, pre.members);
        }
      }
      if (b == null && (w.startsWith("letter") || w.startsWith("message")) && i >= 2 && v.referent[i - 2] != null
          && v.possessive(i - 2)) {
        int p = i - 2;
        b = new Group(Set.of(v.referent[p]), v.mentionAt[p].start(), v.mentionAt[p].end());
        a = groupBackward(v, b.start, b.members);
      }
      if (b == null) {
        int k = i + 1;
        while (k < v.size() && (SKIP.contains(v.lower[k]) || k == i + 1 && v.lower[k].equals(",")
            && k + 1 < v.size() && v.lower[k + 1].equals("both"))) {
          if (v.referent[k] != null) {
            break;
          }
          k++;
        }
        if (k < v.size()) {
          b = groupForward(v, k);
          if (b == null) {
            b = bridgedGroup(v, k);
          }
        }
        if (b != null) {
          a = groupBackward(v, i, b.members);
        } else if (RECIPROCAL.contains(w) && (i + 1 >= v.size() || AFTER_RECIPROCAL.contains(v.lower[i + 1]))) {
          Group together = groupBackward(v, i, Set.of());
          if (together != null && together.members.size() > 1 && together.end >= i - 2) {
            record(v, i, together.members, together.members, medium, true);
          }
          continue;
        }
      }
      if (a == null || b == null) {
        continue;
      }
      if (bareCall) {
        if (b.start != nextNonTitle(v, i + 1) || b.end < v.size() && !CALL_END.contains(v.lower[b.end])) {
          continue;
        }
        medium = Medium.TELEPHONE;
      }
      Set<String> sideA = new LinkedHashSet<>(a.members);
      sideA.removeAll(b.members);
      if (!sideA.isEmpty()) {
        record(v, i, sideA, b.members, medium, false);
      }
    }
  }

  int nextNonTitle(SentenceView v, int i) {
    int k = i;
    while (k < v.size() && v.referent[k] == null && titleToken(v, k)) {
      k = skipTitle(v, k);
    }
    return k;
  }

  /** "the Putin and Medvedev meetings": a group right before a nominal trigger. */
  Group premodifierGroup(SentenceView v, int i) {
    int k = i - 1;
    if (k < 0 || v.referent[k] == null || v.possessive(k)) {
      return null;
    }
    Group g = groupBackward(v, i, Set.of());
    if (g == null || g.end != i) {
      return null;
    }
    int d = g.start - 1;
    return d >= 0 && (Set.of("the", "their", "separate", "his", "her").contains(v.lower[d])
        || MODIFIERS.contains(v.lower[d])) ? g : null;
  }

  /** "two top aides" after a trigger: the next group of that many people in this or the next sentence. */
  Group bridgedGroup(SentenceView v, int k) {
    int n = k;
    while (n < v.size() && v.referent[n] != null && v.possessive(n)) {
      n = v.mentionAt[n].end() + 1;
    }
    Integer count = null;
    int limit = Math.min(v.size(), n + 9);
    for (int j = n; j < limit; j++) {
      if (NUMBERS.containsKey(v.lower[j])) {
        count = NUMBERS.get(v.lower[j]);
      } else if (count != null && GROUP_NOUNS.contains(v.lower[j])) {
        for (int s = v.sentence.index(); s < Math.min(views.size(), v.sentence.index() + 2); s++) {
          SentenceView u = views.get(s);
          int from = s == v.sentence.index() ? j + 1 : 0;
          for (int t = from; t < u.size(); t++) {
            Group g = u.referent[t] != null ? groupForward(u, t) : null;
            if (g != null) {
              if (g.members.size() == count) {
                return new Group(g.members, k, j + 1);
              }
              t = g.end - 1;
            }
          }
        }
        return null;
      } else if (v.lower[j].equals(",") || v.lower[j].equals(".")) {
        return null;
      }
    }
    return null;
  }

  Medium medium(SentenceView v, int i) {
    for (int k = Math.max(0, i - 3); k < Math.min(v.size(), i + 4); k++) {
      String w = v.lower[k];
      if (PHONE.contains(w)) {
        return Medium.TELEPHONE;
      }
      if (w.startsWith("letter") || w.equals("wrote") || w.equals("writes")) {
        return Medium.LETTER;
      }
      if (w.startsWith("message") || w.contains("mail")) {
        return Medium.MESSAGE;
      }
    }
    return Medium.MESSAGE;
  }

  void record(SentenceView v, int trigger, Set<String> a, Set<String> b, Medium medium, boolean mutual) {
    record(v, trigger, a, b, medium, mutual, modality(v, trigger), null);
  }

  /** Whether an interaction of this kind between these two people is already known in this sentence. */
  boolean known(EventKind kind, int sentence, String x, String y) {
    // interactions are recorded sentence by sentence: only the tail of the list can be in this sentence
    PersonKey px = PersonKey.of(x);
    PersonKey py = PersonKey.of(y);
    for (int i = facts.interactions.size() - 1; i >= 0 && facts.interactions.get(i).sentence() >= sentence; i--) {
      Facts.Interaction f = facts.interactions.get(i);
      if (f.kind() == kind && f.sentence() == sentence
          && (f.sideA().contains(px) && f.sideB().contains(py) || f.sideA().contains(py) && f.sideB().contains(px))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records an interaction; the dependency rules run first, so a pair they found in a sentence is not recorded
   * again by the token rules (whose reading of the modality is the weaker one).
   */
  void record(SentenceView v, int trigger, Set<String> a0, Set<String> b0, Medium medium, boolean mutual,
      Modality modality, String extractor) {
    boolean contact = medium != Medium.IN_PERSON;
    EventKind kind = contact ? EventKind.CONTACT
        : EventKind.MET;
    Set<String> a = new LinkedHashSet<>();
    Set<String> b = new LinkedHashSet<>();
    if (mutual) {
      a.addAll(a0);
      b.addAll(b0);
    } else {
      for (String x : a0) {
        for (String y : b0) {
          if (!x.equals(y) && !known(kind, v.sentence.index(), x, y)) {
            a.add(x);
            b.add(y);
          }
        }
      }
      if (a.isEmpty()) {
        return;
      }
      a = new LinkedHashSet<>(a0);
      a.removeAll(b0);
      b = new LinkedHashSet<>(b0);
    }
    String w = v.lower[trigger];
    Cameo cameo;
    if (contact) {
      cameo = medium == Medium.TELEPHONE ? Cameo.TELEPHONE : Cameo.CONSULT;
    } else if (w.startsWith("visit")) {
      cameo = Cameo.VISIT;
    } else if (w.startsWith("host") || w.startsWith("receiv") || w.startsWith("welcom")) {
      cameo = Cameo.HOST;
    } else if (w.startsWith("negotiat")) {
      cameo = Cameo.NEGOTIATE;
    } else {
      cameo = Cameo.CONSULT;
    }
    String place = null;
    String time = null;
    for (Mention m : v.all) {
      if (place == null && (m.type() == MentionType.LOCATION || m.type() == MentionType.COUNTRY)
          && m.start() > 0 && v.lower[m.start() - 1].equals("in")) {
        place = m.text();
      }
    }
    for (int k = 0; k < v.size(); k++) {
      if (time == null && TIME_WORDS.contains(v.lower[k]) && !(v.lower[k].equals("may")
          && !MentionStage.isCap(v.tokens[k]))) {
        time = v.tokens[k];
        if (k + 1 < v.size() && v.tokens[k + 1].matches("\\d{1,2}")) {
          time = time + " " + v.tokens[k + 1];
        }
      }
    }
    if (mutual) {
      List<String> list = new ArrayList<>(a);
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          if (!known(kind, v.sentence.index(), list.get(x), list.get(y))) {
            facts.interactions.add(new Facts.Interaction(kind, side(Set.of(list.get(x))), side(Set.of(list.get(y))),
                v.tokens[trigger], medium, modality, cameo, v.sentence.index(), place, time, Set.of(),
                extractor != null ? extractor : "meeting-reciprocal", 0.7));
          }
        }
      }
      return;
    }
    String by = contact ? "contact-" + medium.label() : extractor != null ? extractor : "meeting-trigger";
    facts.interactions.add(new Facts.Interaction(kind, side(a), side(b), v.tokens[trigger], medium, modality, cameo,
        v.sentence.index(), place, time, Set.of(), by, extractor != null ? 0.85 : 0.8));
  }

  Modality modality(SentenceView v, int trigger) {
    for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
      if (NEGATED.contains(v.lower[k])) {
        return Modality.NEGATED;
      }
    }
    for (int k = 0; k < trigger; k++) {
      if (CLAIMED.contains(v.lower[k])) {
        return Modality.CLAIMED;
      }
    }
    for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
      if (PLANNED.contains(v.lower[k])) {
        return Modality.PLANNED;
      }
    }
    return Modality.HAPPENED;
  }
}
