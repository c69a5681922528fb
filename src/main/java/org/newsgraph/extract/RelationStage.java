package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Stage;

/**
 * Extracts the relations of one document: roles (title before a name, or in apposition), represents
 * (person to country, from the title phrase, an institution, the post's own country, or as the
 * counterpart in a bilateral meeting), quotes with their speakers, and meetings and contacts between two
 * sides of people with trigger, modality, CAMEO code, place, time and issues. Pronouns and definite
 * descriptions are resolved here, where roles and quotes are known.
 */
public final class RelationStage implements Stage {
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "asked",
      "replied", "responded", "declared", "stated", "explained", "insisted", "warned", "noted", "predicted",
      "argued", "remarked", "recalled", "acknowledged", "admitted", "announced", "continued", "wrote", "joked");
  private static final Set<String> MODIFIERS = Set.of("outgoing", "incoming", "former", "acting", "interim",
      "then", "new", "hand-picked", "handpicked", "chosen", "top", "senior", "current", "designated",
      "newly", "elected", "longtime", "veteran", "chief");
  private static final Set<String> MEET = Set.of("met", "meet", "meets", "meeting", "meetings", "talks",
      "talked", "talking", "talk", "spoke", "speaks", "conferred", "huddled", "dined", "sat", "sitting", "sits",
      "seeing", "saw", "visited", "visit", "visits", "visiting", "hosted", "hosts", "host", "hosting",
      "received", "receives", "welcomed", "welcomes", "greeted", "greets", "negotiated", "negotiating",
      "negotiations", "summit", "sessions", "session", "consultations", "shook");
  private static final Set<String> CALL_END = Set.of(".", ",", ";", "on", "to", "and", "later", "in", "from",
      "after", "about", "yesterday", "today", "last", "this", "early", "late", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "twice", "again");
  private static final Set<String> RECIPROCAL = Set.of("met", "meet", "meets", "conferred", "huddled");
  private static final Set<String> AFTER_RECIPROCAL = Set.of(".", ",", ";", "on", "in", "at", "for", "privately",
      "briefly", "separately", "again", "yesterday", "today", "last", "this", "late", "early", "twice", "behind",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "during", "after", "before");
  private static final Set<String> CONTACT = Set.of("phoned", "telephoned", "letter", "letters", "message",
      "messages", "wrote", "writes", "e-mail", "email", "emailed", "e-mailed", "call", "called", "calls");
  private static final Set<String> NOMINAL = Set.of("meeting", "meetings", "talks", "summit", "sessions",
      "session", "negotiations", "consultations");
  private static final Set<String> PHONE = Set.of("phone", "telephone", "phoned", "telephoned", "call", "calls",
      "called");
  private static final Set<String> SKIP = Set.of("with", "from", "at", "the", "table", "across", "earlier",
      "later", "again", "separately", "privately", "briefly", "also", "both", "then", "on", "by", "phone",
      "telephone", "to", "face-to-face", "personally", "alone", "down", "up", "together", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "hands", "directly");
  private static final Set<String> CONNECT = Set.of(",", "and", "both", "then", "separately", "also", "with",
      "&", "as", "well");
  private static final Set<String> PLANNED = Set.of("will", "would", "shall", "to", "plans", "planned", "plan",
      "scheduled", "expected", "due", "'ll", "going", "hopes", "wants", "intends", "upcoming", "next",
      "future", "proposed", "possible", "planning", "set");
  private static final Set<String> NEGATED = Set.of("not", "n't", "never", "refused", "declined", "denied",
      "cancelled", "canceled", "no", "without", "rejected", "snubbed", "avoided");
  private static final Set<String> CLAIMED = Set.of("claimed", "alleged", "allegedly", "reportedly",
      "rumored", "purportedly", "claims");
  private static final Set<String> GROUP_NOUNS = Set.of("aides", "officials", "envoys", "ministers",
      "diplomats", "advisers", "advisors", "emissaries", "leaders", "visitors", "delegates", "negotiators");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "both", 2);
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");

  private final Gazetteers gaz;
  private final InteractionsFromSyntax syntax = new InteractionsFromSyntax();

  /** A stage over these lexicons. */
  public RelationStage(Gazetteers gaz) {
    this.gaz = gaz;
  }

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.MENTIONS, Annotations.PEOPLE, Annotations.PARSES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.FACTS);
  }

  @Override
  public void annotate(Document doc) {
    new Run(doc).run();
  }

  /** The state of one document's extraction. */
  private final class Run {
    final Document doc;
    final List<Sentence> sentences;
    final List<SentenceView> views = new ArrayList<>();
    final List<PersonEntity> people;
    final Map<String, PersonEntity> byKey = new LinkedHashMap<>();
    final Facts facts = new Facts();
    final List<Mention> mentions;
    final Map<Integer, String> speakerOfToken = new HashMap<>();
    final Map<String, Set<String>> explicitCountry = new HashMap<>();
    /** Trigger tokens that the dependency rules read; the token rules leave them alone. */
    final Set<Integer> readBySyntax = new java.util.HashSet<>();
    final Map<String, Gender> genders = new HashMap<>();

    Run(Document doc) {
      this.doc = doc;
      this.sentences = doc.get(Annotations.SENTENCES);
      this.people = new ArrayList<>(doc.get(Annotations.PEOPLE));
      this.mentions = doc.get(Annotations.MENTIONS);
      for (PersonEntity p : people) {
        byKey.put(p.key(), p);
      }
    }

    void run() {
      Map<Mention, String> keyOf = new HashMap<>();
      for (PersonEntity p : people) {
        for (Mention m : p.mentions()) {
          keyOf.put(m, p.key());
        }
      }
      for (Sentence s : sentences) {
        views.add(new SentenceView(s));
      }
      for (Mention m : mentions) {
        if (m.type() == MentionType.PERSON && keyOf.containsKey(m)) {
          views.get(m.sentence()).put(m, keyOf.get(m));
        }
        views.get(m.sentence()).all.add(m);
      }
      for (SentenceView v : views) {
        roles(v);
      }
      for (Mention m : mentions) {
        if (m.type() == MentionType.DESCRIPTION) {
          views.get(m.sentence()).put(m, resolveDescription(m));
        }
      }
      for (Mention m : mentions) {
        if (m.type() == MentionType.PRONOUN && Set.of("he", "she", "him", "her").contains(m.ref())) {
          String k = resolvePronoun(m);
          if (k != null) {
            views.get(m.sentence()).put(m, k);
          }
        }
      }
      quotes();
      for (Mention m : mentions) {
        if (m.type() == MentionType.PRONOUN && Set.of("i", "me", "we", "us").contains(m.ref())) {
          String k = speakerOfToken.get(tokenId(m.sentence(), m.start()));
          if (k != null) {
            views.get(m.sentence()).put(m, k);
          }
        }
      }
      for (SentenceView v : views) {
        syntax.extract(v, (view, trigger, a, b, medium, mutual, modality, extractor) -> {
          readBySyntax.add(tokenId(view.sentence.index(), trigger));
          record(view, trigger, a, b, medium, mutual, modality, extractor);
        });
        interactions(v);
      }
      counterpartCountries();
      doc.set(Annotations.PEOPLE, people);
      doc.set(Annotations.FACTS, facts);
    }

    // ---- roles and represents -------------------------------------------------------------

    void roles(SentenceView v) {
      for (int i = 0; i < v.size(); i++) {
        Mention m = v.mentionAt[i];
        if (m == null || m.type() != MentionType.PERSON || m.start() != i) {
          continue;
        }
        String person = v.referent[i];
        TitlePhrase before = titleBefore(v, i);
        if (before != null) {
          addRole(person, before, v.sentence.index(), "title-before-name", 0.9);
        }
        TitlePhrase appAfter = appositionAfter(v, m.end());
        if (appAfter != null) {
          addRole(person, appAfter, v.sentence.index(), "apposition-after-name", 0.85);
        }
        int start = before != null ? before.start : i;
        TitlePhrase appBefore = appositionBefore(v, start);
        if (appBefore != null) {
          addRole(person, appBefore, v.sentence.index(), "apposition-before-name", 0.8);
        }
        if (before == null && appBefore == null) {
          nationality(v, m, person);
        }
        int j = m.start() - 1;
        if (before == null && j >= 1 && (v.lower[j].equals("'s") || v.lower[j].equals("’s"))) {
          String code = gaz.countries().lookup(v.tokens[j - 1]);
          if (code != null) {
            addRepresents(person, code, v.sentence.index(), "possessive-country", 0.85,
                "'" + v.tokens[j - 1] + "'s " + m.text() + "'");
          }
        }
      }
    }

    /** "Ukrainian businessman Viktor Medvedchuk": a demonym and up to two lower-case words before a name. */
    void nationality(SentenceView v, Mention m, String person) {
      int k = m.start() - 1;
      int nouns = 0;
      while (k >= 0 && nouns < 2 && !v.tokens[k].isEmpty() && Character.isLowerCase(v.tokens[k].codePointAt(0))
          && v.tokens[k].codePoints().allMatch(Character::isLetter)) {
        k--;
        nouns++;
      }
      if (k >= 0 && nouns > 0 && gaz.isDemonym(v.tokens[k])) {
        String code = gaz.countries().lookup(v.tokens[k]);
        addRepresents(person, code, v.sentence.index(), "nationality-before-name", 0.7,
            "'" + v.tokens[k] + " " + String.join(" ", java.util.Arrays.copyOfRange(v.tokens, k + 1, m.start()))
                + " " + m.text() + "'");
      }
    }

    /** A title phrase: role, label as written, country (or null) and its first token. */
    record TitlePhrase(String role, String label, String country, String countrySource, int start) {
    }

    /** The title that ends right before token {@code nameStart}, with its modifiers and country. */
    TitlePhrase titleBefore(SentenceView v, int nameStart) {
      int end = nameStart;
      while (end > 0 && MentionStage.HONORIFICS.contains(v.tokens[end - 1])) {
        end--;
      }
      for (int s = Math.max(0, end - 5); s < end; s++) {
        PhraseMatcher.Match r = gaz.roles().longestAt(v.tokens, s);
        if (r != null && r.end() == end) {
          return extendLeft(v, r);
        }
      }
      return null;
    }

    TitlePhrase extendLeft(SentenceView v, PhraseMatcher.Match r) {
      int s = r.start();
      String country = null;
      String source = null;
      while (s > 0) {
        String prev = v.tokens[s - 1];
        String low = v.lower[s - 1];
        PhraseMatcher.Match inst = null;
        for (int k = Math.max(0, s - 3); k < s; k++) {
          PhraseMatcher.Match cand = gaz.institutions().longestAt(v.tokens, k);
          if (cand != null && cand.end() == s) {
            inst = cand;
            break;
          }
        }
        if (MODIFIERS.contains(low)) {
          s--;
        } else if (inst != null) {
          if (country == null) {
            country = inst.value();
            source = "institution";
          }
          s = inst.start();
        } else if ((low.equals("'s") || low.equals("’s")) && s >= 2
            && gaz.countries().lookup(v.tokens[s - 2]) != null) {
          country = country == null ? gaz.countries().lookup(v.tokens[s - 2]) : country;
          source = source == null ? "title-country" : source;
          s -= 2;
        } else if (gaz.countries().lookup(prev) != null) {
          country = country == null ? gaz.countries().lookup(prev) : country;
          source = source == null ? "title-country" : source;
          s--;
        } else {
          PhraseMatcher.Match c = null;
          for (int k = Math.max(0, s - 4); k < s - 1; k++) {
            PhraseMatcher.Match cand = gaz.countries().longestAt(v.tokens, k);
            if (cand != null && cand.end() == s) {
              c = cand;
              break;
            }
          }
          if (c == null) {
            break;
          }
          country = country == null ? c.value() : country;
          source = source == null ? "title-country" : source;
          s = c.start();
        }
      }
      int e = r.end();
      if (country == null && e + 1 < v.size() && v.lower[e].equals("of")) {
        PhraseMatcher.Match c = gaz.countries().longestAt(v.tokens, e + 1);
        if (c == null && e + 2 < v.size() && v.lower[e + 1].equals("the")) {
          c = gaz.countries().longestAt(v.tokens, e + 2);
        }
        if (c != null) {
          country = c.value();
          source = "title-of-country";
        }
      }
      String label = org.newsgraph.pipeline.NlpStages.text(v.sentence, s, r.end(), doc.text())
          .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      return new TitlePhrase(r.value(), label, country, source, s);
    }

    /** ", (the|a|his|X's)? [modifiers] ROLE (of COUNTRY)? ," after a name. */
    TitlePhrase appositionAfter(SentenceView v, int e) {
      if (e >= v.size() || !v.tokens[e].equals(",")) {
        return null;
      }
      int k = e + 1;
      if (k < v.size() && Set.of("the", "a", "an", "his", "her", "its").contains(v.lower[k])) {
        k++;
      }
      for (int end = k; end < Math.min(v.size(), k + 6); end++) {
        PhraseMatcher.Match r = gaz.roles().longestAt(v.tokens, end);
        if (r != null) {
          int after = r.end();
          if (after + 1 < v.size() && v.lower[after].equals("of")) {
            after += 2;
            while (after < v.size() && MentionStage.isCap(v.tokens[after])) {
              after++;
            }
          }
          if (after >= v.size() || Set.of(",", ".", ";", "and").contains(v.lower[after])) {
            TitlePhrase t = extendLeft(v, r);
            return t.start >= k ? t : null;
          }
          return null;
        }
        if (!MODIFIERS.contains(v.lower[end]) && gaz.countries().lookup(v.tokens[end]) == null
            && gaz.institutions().longestAt(v.tokens, end) == null) {
          return null;
        }
      }
      return null;
    }

    /** "(the|whose|X's) [modifiers] ROLE , NAME" before a name (or its title). */
    TitlePhrase appositionBefore(SentenceView v, int start) {
      if (start < 2 || !v.tokens[start - 1].equals(",")) {
        return null;
      }
      int end = start - 1;
      for (int s = Math.max(0, end - 4); s < end; s++) {
        PhraseMatcher.Match r = gaz.roles().longestAt(v.tokens, s);
        if (r != null && r.end() == end) {
          TitlePhrase t = extendLeft(v, r);
          int d = t.start - 1;
          if (d >= 0 && (Set.of("the", "whose", "his", "her", "its").contains(v.lower[d])
              || v.lower[d].equals("'s") || v.lower[d].equals("’s"))) {
            return t;
          }
          return null;
        }
      }
      return null;
    }

    void addRole(String person, TitlePhrase t, int sentence, String extractor, double conf) {
      facts.roles.add(new Facts.Role(person, t.role, t.label, t.country, sentence, extractor, conf));
      if (t.country != null) {
        addRepresents(person, t.country, sentence, t.countrySource, conf,
            "title '" + t.label + "' names " + gaz.countryName(t.country));
      } else {
        Gazetteers.Role role = gaz.role(t.role);
        if (role.defaultCountry() != null) {
          addRepresents(person, role.defaultCountry(), sentence, "post-country", 0.6,
              "the post '" + role.label() + "' without a country is " + gaz.countryName(role.defaultCountry())
                  + "'s");
        }
      }
    }

    void addRepresents(String person, String country, int sentence, String extractor, double conf,
        String reason) {
      facts.represents.add(new Facts.Represents(person, country, sentence, extractor, conf, reason));
      explicitCountry.computeIfAbsent(person, k -> new TreeSet<>()).add(country);
    }

    // ---- descriptions and pronouns ----------------------------------------------------------

    String resolveDescription(Mention m) {
      Set<String> holders = new TreeSet<>();
      for (Facts.Role r : facts.roles) {
        if (r.role().equals(m.ref())) {
          holders.add(r.person());
        }
      }
      if (holders.size() == 1) {
        String key = holders.iterator().next();
        byKey.get(key).reasons().add("'" + m.text() + "' is the only holder of the role '" + m.ref()
            + "' in the document");
        return key;
      }
      if (!holders.isEmpty()) {
        return null;
      }
      String key = "the-" + m.ref();
      PersonEntity d = byKey.get(key);
      if (d == null) {
        d = new PersonEntity(key, m.text().toLowerCase(Locale.ROOT), m.ref());
        byKey.put(key, d);
        people.add(d);
      }
      d.add(m, m.text());
      return key;
    }

    /** The gender of a person of this document, computed once. */
    Gender gender(String key) {
      return genders.computeIfAbsent(key, k -> byKey.containsKey(k) ? Gender.of(byKey.get(k), sentences)
          : Gender.UNKNOWN);
    }

    /**
     * The most recent person before the pronoun that its gender allows: in its sentence (a possessor only when no
     * other person precedes), then the first such person of the two sentences before.
     */
    String resolvePronoun(Mention m) {
      SentenceView v = views.get(m.sentence());
      String fallback = null;
      for (int i = m.start() - 1; i >= 0; i--) {
        if (v.referent[i] != null && v.mentionAt[i].type() != MentionType.PRONOUN
            && gender(v.referent[i]).fits(m.ref())) {
          if (!v.possessive(i)) {
            return v.referent[i];
          }
          if (fallback == null) {
            fallback = v.referent[i];
          }
        }
      }
      if (fallback != null) {
        return fallback;
      }
      for (int s = m.sentence() - 1; s >= Math.max(0, m.sentence() - 2); s--) {
        SentenceView p = views.get(s);
        for (int i = 0; i < p.size(); i++) {
          if (p.referent[i] != null && p.mentionAt[i].type() == MentionType.PERSON && !p.possessive(i)
              && gender(p.referent[i]).fits(m.ref())) {
            return p.referent[i];
          }
        }
      }
      return null;
    }

    // ---- quotes --------------------------------------------------------------------------

    int tokenId(int sentence, int token) {
      return sentence * 100_000 + token;
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
        facts.quotes.add(new Facts.Quote(speaker, inner, sent, q[0] + 1, q[1] - 1, "quote-attribution", 0.85));
        for (SentenceView v : views) {
          for (int t = 0; t < v.size(); t++) {
            int c = v.sentence.tokenSpans()[t].getStart();
            if (c > q[0] && c < q[1] - 1) {
              speakerOfToken.put(tokenId(v.sentence.index(), t), speaker);
            }
          }
        }
      }
    }

    int sentenceAt(int charOffset) {
      for (Sentence s : sentences) {
        if (charOffset < s.span().getEnd()) {
          return s.index();
        }
      }
      return sentences.size() - 1;
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

    // ---- meetings and contacts -------------------------------------------------------------

    /** A group of coordinated participants, tokens [start, end). */
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
        String medium = contact || phone ? medium(v, i) : "in-person";
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
          medium = "telephone";
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

    String medium(SentenceView v, int i) {
      for (int k = Math.max(0, i - 3); k < Math.min(v.size(), i + 4); k++) {
        String w = v.lower[k];
        if (PHONE.contains(w)) {
          return "telephone";
        }
        if (w.startsWith("letter") || w.equals("wrote") || w.equals("writes")) {
          return "letter";
        }
        if (w.startsWith("message") || w.contains("mail")) {
          return "message";
        }
      }
      return "message";
    }

    void record(SentenceView v, int trigger, Set<String> a, Set<String> b, String medium, boolean mutual) {
      record(v, trigger, a, b, medium, mutual, modality(v, trigger), null);
    }

    /** Whether an interaction of this kind between these two people is already known in this sentence. */
    boolean known(org.newsgraph.doc.EventKind kind, int sentence, String x, String y) {
      for (Facts.Interaction f : facts.interactions) {
        if (f.kind() == kind && f.sentence() == sentence
            && (f.sideA().contains(x) && f.sideB().contains(y) || f.sideA().contains(y) && f.sideB().contains(x))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Records an interaction; the dependency rules run first, so a pair they found in a sentence is not recorded
     * again by the token rules (whose reading of the modality is the weaker one).
     */
    void record(SentenceView v, int trigger, Set<String> a0, Set<String> b0, String medium, boolean mutual,
        org.newsgraph.doc.Modality modality, String extractor) {
      boolean contact = !medium.equals("in-person");
      org.newsgraph.doc.EventKind kind = contact ? org.newsgraph.doc.EventKind.CONTACT
          : org.newsgraph.doc.EventKind.MET;
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
      String cameo;
      if (contact) {
        cameo = medium.equals("telephone") ? "041" : "040";
      } else if (w.startsWith("visit")) {
        cameo = "042";
      } else if (w.startsWith("host") || w.startsWith("receiv") || w.startsWith("welcom")) {
        cameo = "043";
      } else if (w.startsWith("negotiat")) {
        cameo = "046";
      } else {
        cameo = "040";
      }
      Set<String> issues = new TreeSet<>();
      String place = null;
      String time = null;
      for (Mention m : v.all) {
        if (m.type() == MentionType.ISSUE) {
          issues.add(m.ref());
        }
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
              facts.interactions.add(new Facts.Interaction(kind, Set.of(list.get(x)), Set.of(list.get(y)),
                  v.tokens[trigger], medium, modality, cameo, v.sentence.index(), place, time, issues,
                  extractor != null ? extractor : "meeting-reciprocal", 0.7));
            }
          }
        }
        return;
      }
      facts.interactions.add(new Facts.Interaction(kind, a, b, v.tokens[trigger], medium, modality, cameo,
          v.sentence.index(), place, time, issues, (contact ? "contact-" + medium : extractor != null ? extractor
          : "meeting-trigger"), extractor != null ? 0.85 : 0.8));
    }

    org.newsgraph.doc.Modality modality(SentenceView v, int trigger) {
      for (int k = Math.max(0, trigger - 4); k < trigger; k++) {
        if (NEGATED.contains(v.lower[k])) {
          return org.newsgraph.doc.Modality.NEGATED;
        }
      }
      for (int k = 0; k < trigger; k++) {
        if (CLAIMED.contains(v.lower[k])) {
          return org.newsgraph.doc.Modality.CLAIMED;
        }
      }
      for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
        if (PLANNED.contains(v.lower[k])) {
          return org.newsgraph.doc.Modality.PLANNED;
        }
      }
      return org.newsgraph.doc.Modality.HAPPENED;
    }

    // ---- counterpart countries ---------------------------------------------------------------

    void counterpartCountries() {
      Map<String, Integer> freq = new HashMap<>();
      for (Mention m : mentions) {
        if (m.type() == MentionType.COUNTRY) {
          freq.merge(m.ref(), 1, Integer::sum);
        }
      }
      List<String> top = new ArrayList<>(freq.keySet());
      top.sort((x, y) -> freq.get(y) - freq.get(x) != 0 ? freq.get(y) - freq.get(x) : x.compareTo(y));
      if (top.size() < 2 || freq.get(top.get(1)) < 2
          || top.size() > 2 && freq.get(top.get(1)).equals(freq.get(top.get(2)))) {
        return;
      }
      String c1 = top.get(0);
      String c2 = top.get(1);
      Map<String, String> known = new HashMap<>();
      explicitCountry.forEach((p, cs) -> {
        if (cs.size() == 1) {
          known.put(p, cs.iterator().next());
        }
      });
      boolean changed = true;
      for (int round = 0; round < 4 && changed; round++) {
        changed = false;
        for (Facts.Interaction e : facts.interactions) {
          changed |= infer(e, e.sideA(), e.sideB(), known, c1, c2);
          changed |= infer(e, e.sideB(), e.sideA(), known, c1, c2);
        }
      }
    }

    boolean infer(Facts.Interaction e, Set<String> from, Set<String> to, Map<String, String> known, String c1,
        String c2) {
      Set<String> countries = new TreeSet<>();
      String anchor = null;
      for (String p : from) {
        if (known.containsKey(p)) {
          countries.add(known.get(p));
          anchor = p;
        }
      }
      if (countries.size() != 1) {
        return false;
      }
      String c = countries.iterator().next();
      String other = c.equals(c1) ? c2 : c.equals(c2) ? c1 : null;
      if (other == null) {
        return false;
      }
      boolean changed = false;
      for (String p : to) {
        if (!known.containsKey(p) && byKey.containsKey(p) && byKey.get(p).description() == null) {
          known.put(p, other);
          facts.represents.add(new Facts.Represents(p, other, e.sentence(), "bilateral-counterpart", 0.5,
              "counterpart of " + byKey.get(anchor).name() + " (" + gaz.countryName(c) + ") in a "
                  + gaz.countryName(c1) + "–" + gaz.countryName(c2) + " document"));
          changed = true;
        }
      }
      return changed;
    }
  }
}
