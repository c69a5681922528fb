package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Sentence;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.nlp.NameSpans;
import org.newsgraph.nlp.NlpStages;
import org.newsgraph.pipeline.Stage;

/**
 * Combines the statistical names with rules that are more reliable: a name after a title or honorific
 * is a person ("Secretary of State Rice"); countries come from the gazetteer (names, abbreviations,
 * demonyms, also inside hyphenated compounds such as "U.S.-Russia");
 * definite descriptions ("the president-elect") and pronouns are kept for resolution.
 * A surname seen as a person in the document is a person wherever else it stands capitalized.
 */
public final class MentionStage implements Stage {
  /** Honorifics and abbreviated titles that precede a person's name. */
  public static final Set<String> HONORIFICS = NameSpans.HONORIFICS;
  /** Pronouns that can refer to a person. */
  public static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "i", "me", "we", "us");

  private final Gazetteers gaz;

  /** A stage over these lexicons. */
  public MentionStage(Gazetteers gaz) {
    this.gaz = gaz;
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS, Annotations.NAMES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.MENTIONS);
  }

  @Override
  public void annotate(Document doc) {
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    List<Mention> ner = doc.get(Annotations.NAMES);
    List<Mention> out = new ArrayList<>();
    List<List<Mention>> persons = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Mention> ps = new ArrayList<>();
      titledPersons(doc, s, ps);
      administrations(doc, s, ps);
      for (Mention m : ner) {
        if (m.sentence() == s.index() && m.type() == MentionType.PERSON) {
          Mention c = cleanPerson(doc, s, m.start(), m.end(), "ner");
          if (c != null && ps.stream().noneMatch(c::overlaps)) {
            ps.add(c);
          }
        }
      }
      persons.add(ps);
    }
    Set<String> nameTokens = new HashSet<>();
    for (Sentence s : sentences) {
      if (!titleCase(s)) {
        for (Mention m : persons.get(s.index())) {
          for (int i = m.start(); i < m.end(); i++) {
            nameTokens.add(s.tokens()[i]);
          }
        }
      }
    }
    for (Sentence s : sentences) {
      if (titleCase(s)) {
        persons.set(s.index(), headlinePersons(doc, s, persons.get(s.index()), nameTokens));
      }
    }
    Set<String> surnames = new HashSet<>();
    for (Sentence s : sentences) {
      for (Mention m : persons.get(s.index())) {
        surnames.add(s.tokens()[m.end() - 1]);
        if (m.end() - m.start() > 1 && nameToken(s.tokens()[m.start()])) {
          surnames.add(s.tokens()[m.start()]);
        }
      }
    }
    for (Sentence s : sentences) {
      List<Mention> ps = persons.get(s.index());
      String[] t = s.tokens();
      for (int i = 0; i < t.length; i++) {
        if (surnames.contains(t[i]) && isCap(t[i]) && !coveredBy(ps, i)) {
          ps.add(new Mention(MentionType.PERSON, s.index(), i, i + 1, t[i], t[i], "surname-in-document"));
        }
      }
      out.addAll(ps);
      countries(doc, s, ps, out);
      descriptionsAndPronouns(s, ps, out, doc.text());
      for (Mention m : ner) {
        if (m.sentence() == s.index() && (m.type() == MentionType.LOCATION
            || m.type() == MentionType.ORGANIZATION) && ps.stream().noneMatch(m::overlaps)) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start)
        .thenComparing(m -> m.type().ordinal()));
    doc.set(Annotations.MENTIONS, out);
  }

  /** A headline-style line: at least four words, most of them capitalized, and no closing punctuation. */
  static boolean titleCase(Sentence s) {
    String[] toks = s.tokens();
    // a closing abbreviation ("… in the U.S.") carries the sentence's period
    if (toks.length == 0 || Set.of(".", "!", "?", "\"", "”", "'", ":").contains(toks[toks.length - 1])
        || toks[toks.length - 1].endsWith(".")) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (String t : s.tokens()) {
      if (t.codePoints().anyMatch(Character::isLetter)) {
        words++;
        if (isCap(t)) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }

  /**
   * In a headline every word is capitalized, so the name finder over-extends names ("Putin Eyes New
   * Framework"): keep only the runs of words that the document uses in names elsewhere.
   */
  private List<Mention> headlinePersons(Document doc, Sentence s, List<Mention> ps, Set<String> nameTokens) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ps) {
      int i = m.start();
      while (i < m.end()) {
        if (!nameTokens.contains(s.tokens()[i])) {
          i++;
          continue;
        }
        int j = i;
        while (j < m.end() && nameTokens.contains(s.tokens()[j])) {
          j++;
        }
        String text = NameSpans.cleanLabel(NlpStages.text(s, i, j, doc.text()));
        if (NameSpans.nameLike(text)) {
          out.add(new Mention(MentionType.PERSON, s.index(), i, j, text, text, m.source() + "+headline"));
        }
        i = j;
      }
    }
    return out;
  }

  private static boolean coveredBy(List<Mention> ms, int tok) {
    for (Mention m : ms) {
      if (tok >= m.start() && tok < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A capitalized word: starts with an upper-case letter. */
  static boolean isCap(String tok) {
    return !tok.isEmpty() && Character.isUpperCase(tok.codePointAt(0));
  }

  private boolean nameToken(String tok) {
    if (!isCap(tok) || HONORIFICS.contains(tok) || gaz.countries().lookup(tok) != null) {
      return false;
    }
    if (gaz.roles().lookup(tok) != null || gaz.institutions().lookup(tok) != null) {
      return false;
    }
    return tok.codePoints().anyMatch(Character::isLetter);
  }

  /** End (exclusive) of a name that starts at {@code i}, or {@code i} when none does. */
  private int nameEnd(String[] t, int i) {
    int j = i;
    while (j < t.length) {
      if (nameToken(t[j])) {
        j++;
      } else if (j > i && j + 1 < t.length && NameSpans.PARTICLES.contains(t[j].toLowerCase(Locale.ROOT))
          && nameToken(t[j + 1])) {
        j++;
      } else if (j > i && j + 1 < t.length && t[j].equals("-") && NameSpans.hyphenPart(t[j - 1], t[j + 1])) {
        j += 2;
      } else if (j > i && t[j].length() > 1 && t[j].startsWith("-") && NameSpans.hasLetter(t[j])) {
        j++;
      } else if (j > i && j + 2 < t.length && NameSpans.PARTICLES.contains(t[j].toLowerCase(Locale.ROOT))
          && t[j + 1].equals("-") && nameToken(t[j + 2])) {
        j += 3;
      } else {
        break;
      }
    }
    return j;
  }

  /** Words that end an organization's name ("General Assembly", "Reuters News"), never a person's. */
  private static final Set<String> ORGANIZATION_HEADS = Set.copyOf(WordList.lines("organization-heads.txt")
      .stream().map(String::trim).toList());

  /** Nouns for the government of one person, which take that person's name before them. */
  private static final Set<String> GOVERNED_BY = Set.of("administration", "presidency");

  /**
   * "the Bush administration", "the Obama presidency": a name between "the" and a government named after its
   * head is that person, even where the statistical finder saw only a modifier. Places and bodies ("the Kremlin
   * administration", "the Afghan presidency") are not.
   */
  private void administrations(Document doc, Sentence s, List<Mention> out) {
    String[] t = s.tokens();
    for (int i = 1; i + 1 < t.length; i++) {
      if (!t[i - 1].equalsIgnoreCase("the") || !isCap(t[i]) || !nameToken(t[i])) {
        continue;
      }
      int e = i + 1;
      if (e + 1 < t.length && isCap(t[e]) && nameToken(t[e])) {
        e++;
      }
      if (e >= t.length || !GOVERNED_BY.contains(t[e])) {
        continue;
      }
      boolean place = false;
      for (int k = i; k < e; k++) {
        place |= gaz.countries().lookup(t[k]) != null || gaz.isDemonym(t[k]) || gaz.institutions().covers(t, k)
            || gaz.roles().longestAt(t, k) != null;
      }
      // built here, not by cleanPerson, which refuses a name after "the" ("the General Assembly")
      String text = NameSpans.cleanLabel(NlpStages.text(s, i, e, doc.text()));
      if (!place && NameSpans.nameLike(text)) {
        Mention m = new Mention(MentionType.PERSON, s.index(), i, e, text, text, "administration");
        if (out.stream().noneMatch(m::overlaps)) {
          out.add(m);
        }
      }
    }
  }

  private void titledPersons(Document doc, Sentence s, List<Mention> out) {
    String[] t = s.tokens();
    for (int i = 0; i < t.length; i++) {
      int after = -1;
      if (HONORIFICS.contains(t[i])) {
        after = i + 1;
      } else {
        PhraseMatcher.Match r = gaz.roles().longestAt(t, i);
        if (r != null && (isCap(t[i]) || (i > 0 && (isCap(t[i - 1]))))) {
          after = r.end();
          // "Chief Financial Officer Robert Wayman": a title that goes on in capitals to another title word
          for (int k = after; k < Math.min(t.length, after + 3) && isCap(t[k]); k++) {
            PhraseMatcher.Match more = gaz.roles().longestAt(t, k);
            if (more != null) {
              after = more.end();
              k = after - 1;
            }
          }
        }
      }
      if (after < 0 || after >= t.length) {
        continue;
      }
      int end = nameEnd(t, after);
      if (end > after) {
        Mention m = cleanPerson(doc, s, after, end, "title-rule");
        if (m != null && out.stream().noneMatch(m::overlaps)) {
          out.add(m);
        }
        i = end - 1;
      }
    }
  }

  /** Trims titles, honorifics and a possessive from a person span; null when nothing name-like is left. */
  private Mention cleanPerson(Document doc, Sentence s, int start, int end, String source) {
    String[] t = s.tokens();
    while (start < end) {
      PhraseMatcher.Match r = gaz.roles().longestAt(t, start);
      if (HONORIFICS.contains(t[start])) {
        start++;
      } else if (r != null && r.end() <= end && r.end() < end) {
        start = r.end();
      } else {
        break;
      }
    }
    end = NameSpans.trimEnd(t, start, Math.max(end, NameSpans.hyphenated(t, end, w -> false)));
    if (start >= end || end - start == 1 && NameSpans.RANKS.contains(t[start])) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (t[i].equals(",") || t[i].equals("and")) {
        return null;
      }
    }
    if (start > 0 && Set.of("the", "a", "an").contains(t[start - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String text = NlpStages.text(s, start, end, doc.text());
    if (!isCap(text) || gaz.countries().lookup(t, start, end) != null
        || gaz.institutions().lookup(t, start, end) != null || gaz.roles().lookup(t, start, end) != null) {
      return null;
    }
    if (end - start == 1 && !nameToken(t[start]) || ORGANIZATION_HEADS.contains(t[end - 1])) {
      return null;
    }
    text = NameSpans.cleanLabel(text);
    return !NameSpans.nameLike(text) ? null
        : new Mention(MentionType.PERSON, s.index(), start, end, text, text, source);
  }

  private void countries(Document doc, Sentence s, List<Mention> persons, List<Mention> out) {
    String[] t = s.tokens();
    for (PhraseMatcher.Match m : gaz.countries().find(t)) {
      if (coveredBy(persons, m.start())) {
        continue;
      }
      if (m.start() > 0 && Set.of("Latin", "North", "South", "Central").contains(t[m.start() - 1])
          && t[m.start()].equals("America")) {
        continue;
      }
      String text = NlpStages.text(s, m.start(), m.end(), doc.text());
      out.add(new Mention(MentionType.COUNTRY, s.index(), m.start(), m.end(), text, m.value(), "gazetteer"));
    }
    for (int i = 0; i < t.length; i++) {
      if (t[i].length() > 3 && t[i].indexOf('-') > 0) {
        for (String part : t[i].split("-")) {
          String code = gaz.countries().lookup(part);
          if (code != null) {
            out.add(new Mention(MentionType.COUNTRY, s.index(), i, i + 1, part, code, "gazetteer-compound"));
          }
        }
      }
    }
  }

  private static boolean plural(String tok, String label) {
    String low = tok.toLowerCase(Locale.ROOT);
    return low.endsWith("s") && !label.endsWith(low);
  }

  private void descriptionsAndPronouns(Sentence s, List<Mention> persons, List<Mention> out, String text) {
    String[] t = s.tokens();
    for (int i = 0; i < t.length; i++) {
      String low = t[i].toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(low) && !(low.equals("us") && t[i].equals("US"))) {
        out.add(new Mention(MentionType.PRONOUN, s.index(), i, i + 1, t[i], low, "pronoun"));
        continue;
      }
      if (!low.equals("the")) {
        continue;
      }
      int j = i + 1;
      while (j < t.length && (gaz.institutions().longestAt(t, j) != null || gaz.countries().lookup(t[j]) != null
          || Set.of("outgoing", "incoming", "new", "former", "acting", "current").contains(
              t[j].toLowerCase(Locale.ROOT)))) {
        PhraseMatcher.Match inst = gaz.institutions().longestAt(t, j);
        j = inst != null ? inst.end() : j + 1;
      }
      if (j >= t.length) {
        continue;
      }
      PhraseMatcher.Match r = gaz.roles().longestAt(t, j);
      if (r == null || plural(t[r.end() - 1], gaz.role(r.value()).label())) {
        continue;
      }
      int e = r.end();
      boolean named = e < t.length && (isCap(t[e]) && nameToken(t[e]) || coveredBy(persons, e)
          || t[e].equals("of") || t[e].equals(","));
      if (!named) {
        out.add(new Mention(MentionType.DESCRIPTION, s.index(), i, e, NlpStages.text(s, i, e, text),
            r.value(), "description"));
      }
      i = e - 1;
    }
  }
}
