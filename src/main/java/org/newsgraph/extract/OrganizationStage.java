package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.CountryCode;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.OrganizationEntity;
import org.newsgraph.doc.Sentence;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.Gender;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.nlp.NameSpans;
import org.newsgraph.nlp.NlpStages;
import org.newsgraph.pipeline.Stage;

/**
 * Finds the organizations of a document and resolves their mentions: well-known names and short forms of the
 * lexicon ("U.N.", "IAEA"), names that end in an organization's head word ("International Atomic Energy Agency",
 * "Foreign Ministry", "Ministry of Defense"), the name finder's organizations, acronyms that the text defines
 * ("the Basra International Bank (BIB)"), and definite short forms that take up the last such body ("the agency").
 * A country, its demonym or its possessive right before a name gives the organization's country ("Iran's Foreign
 * Ministry", "the Iranian Foreign Ministry"), and is no part of the name.
 *
 * <pre>
 * Stage s = new OrganizationStage(Gazetteers.shipped());
 * </pre>
 */
public final class OrganizationStage implements Stage {
  /** Words that name what a body does, not which one it is ("foreign", "supreme"). */
  private static final Set<String> GENERIC = WordList.words("organization-generic-words.txt");
  /** Words that open a phrase and are no part of a name, even capitalized at the start of a sentence. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
      "its", "their", "our", "my", "your", "both", "all", "some", "every", "each", "in", "at", "on", "for", "by",
      "from", "with", "to", "of", "and", "but", "or", "when", "while", "after", "before", "as", "if", "since");
  /** Words that may join capitalized words inside a name ("Ministry of Foreign Affairs", "Food and Drug"). */
  private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "on", "&");
  /** Parts of speech that open no organization's name. */
  private static final Set<String> NOT_NAME_TAGS = Set.of("VERB", "AUX", "ADP", "DET", "PRON", "ADV", "SCONJ",
      "CCONJ", "PART", "INTJ");
  /** Plural nouns whose possessive stands inside a name ("People's Party", "Workers' Party"). */
  private static final Set<String> PEOPLES = Set.of("People", "Peoples", "Workers", "Women", "Children", "Nations");
  /** How many sentences back a definite short form ("the agency") looks for its organization. */
  private static final int SHORT_FORM_REACH = 3;

  private final Gazetteers gaz;
  /** The lexicon's organizations by every name and short form, folded ("un", "kurdistan-workers-party"). */
  private final Map<String, String> lexiconByFold = new HashMap<>();

  /** The stage over these lexicons. */
  public OrganizationStage(Gazetteers gaz) {
    this.gaz = gaz;
    for (Gazetteers.Organization o : gaz.organizationList()) {
      lexiconByFold.putIfAbsent(key(o.name()), o.name());
      for (String alt : o.otherNames()) {
        lexiconByFold.putIfAbsent(key(alt), o.name());
      }
    }
  }

  @Override
  public String name() {
    return "organizations";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS, Annotations.MENTIONS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.ORGANIZATIONS);
  }

  /** A candidate name: its span, its name as the entity knows it, and how it was found. */
  private record Candidate(int start, int end, String name, String source, int rank) {
    int length() {
      return end - start;
    }
  }

  @Override
  public void annotate(Document doc) {
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    List<Mention> mentions = doc.get(Annotations.MENTIONS);
    List<List<Mention>> bySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      bySentence.get(m.sentence()).add(m);
    }
    Builder b = new Builder(doc);
    for (Sentence s : sentences) {
      List<Candidate> found = candidates(doc, s, bySentence.get(s.index()));
      for (Candidate c : found) {
        b.add(s, c);
      }
      b.acronymDefinitions(s, found);
    }
    for (Sentence s : sentences) {
      b.acronymUses(s, bySentence.get(s.index()));
      b.shortForms(s);
    }
    doc.set(Annotations.ORGANIZATIONS, b.entities());
  }

  /** The organization names of one sentence, longest first where they overlap. */
  List<Candidate> candidates(Document doc, Sentence s, List<Mention> mentions) {
    String[] t = s.tokens();
    boolean[] blocked = new boolean[t.length];
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON || m.type() == MentionType.DESCRIPTION
          || m.type() == MentionType.PRONOUN) {
        for (int i = m.start(); i < m.end(); i++) {
          blocked[i] = true;
        }
      }
    }
    List<Candidate> all = new ArrayList<>();
    for (PhraseMatcher.Match m : gaz.organizations().find(t)) {
      all.add(new Candidate(m.start(), m.end(), m.value(), "organization-lexicon", 0));
    }
    boolean headline = MentionStage.titleCase(s);
    for (int i = 0; i < t.length && !headline; i++) {
      if (gaz.isOrganizationHead(t[i]) && !blocked[i]) {
        Candidate c = headWordName(doc, s, i, blocked);
        if (c != null && mentions.stream().noneMatch(m -> m.type() == MentionType.LOCATION && m.start() == c.start
            && m.end() == c.end)) {
          all.add(c);
        }
      }
    }
    for (Mention m : mentions) {
      if (m.type() == MentionType.ORGANIZATION && !notOrganization(doc, s, m)) {
        int start = m.start();
        String[] tags = s.tags();
        // "Watch CBSN": a verb, determiner or preposition that the name finder took in opens no name
        while (start < m.end() && (gaz.countries().covers(t, start) || OPENERS.contains(lower(t[start]))
            || start < tags.length && NOT_NAME_TAGS.contains(tags[start]))) {
          start++;
        }
        if (start < m.end() && !overlapsBlocked(blocked, start, m.end()) && nameLike(t, start, m.end())
            && !(m.end() - start == 1 && gaz.isOrganizationHead(t[start]))) {
          all.add(new Candidate(start, m.end(), NlpStages.text(s, start, m.end(), doc.text()), "ner", 2));
        }
      }
    }
    all.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Comparator.comparingInt(Candidate::length)
        .reversed()).thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  /**
   * The name that ends (or, with "of", begins) at the head word {@code h}: the capitalized words before it, then
   * "of|for" and capitalized words after it ("Ministry of Foreign Affairs"). A country or demonym before the name
   * is its country, not part of it; at least two words make a name.
   */
  private Candidate headWordName(Document doc, Sentence s, int h, boolean[] blocked) {
    String[] t = s.tokens();
    int start = h;
    while (start > 0) {
      int k = start - 1;
      String w = t[k];
      if (blocked[k] || gaz.countries().covers(t, k) || !MentionStage.isCap(w) && !w.equals("'s")
          || OPENERS.contains(lower(w)) && (k == 0 || !MentionStage.isCap(t[k - 1]))
          || MentionStage.HONORIFICS.contains(w)) {
        break;
      }
      if (w.equals("'s") && (k == 0 || !PEOPLES.contains(t[k - 1]))) {
        // "Jerusalem's Hadassah Hospital": a possessive before a name names its owner, but "People's Party" is one
        break;
      }
      start = k;
    }
    int end = h + 1;
    if (end + 1 < t.length && (t[end].equals("of") || t[end].equals("for")) && !gaz.countries().covers(t, end + 1)) {
      int k = end + 1;
      if (t[k].equals("the") && k + 1 < t.length) {
        k++;
      }
      int e = k;
      while (e < t.length && !blocked[e] && (MentionStage.isCap(t[e]) && !gaz.countries().covers(t, e)
          && !timeWord(t[e]) || JOINERS.contains(t[e]) && e + 1 < t.length && MentionStage.isCap(t[e + 1]))) {
        e++;
      }
      while (e > k && JOINERS.contains(t[e - 1])) {
        e--;
      }
      if (e > k) {
        end = e;
      }
    }
    if (end - start < 2 || start == 0 && end - start == 2 && OPENERS.contains(lower(t[0]))) {
      return null;
    }
    return new Candidate(start, end, NlpStages.text(s, start, end, doc.text()), "head-word", 1);
  }

  /**
   * A name-finder organization that is something else: a lone head word or demonym ("Foundation", "European"), a
   * place the document names as a place, or a person's name ("Ghalib Abdul Hussein Kubba").
   */
  private boolean notOrganization(Document doc, Sentence s, Mention m) {
    String[] t = s.tokens();
    if (m.end() - m.start() == 1 && (gaz.isOrganizationHead(t[m.start()]) || gaz.isDemonym(t[m.start()])
        || gaz.countries().lookup(t[m.start()]) != null)) {
      return true;
    }
    String last = t[m.end() - 1];
    boolean headed = false;
    for (int i = m.start(); i < m.end(); i++) {
      headed |= gaz.isOrganizationHead(t[i]);
    }
    if (!headed && (Gender.givenName(t[m.start()]) && m.end() - m.start() <= 4
        || m.end() - m.start() == 1 && m.start() == 0 && !acronym(t[0]))) {
      // "Ernesto" (a storm), "Khair Mohammad Shuja": a given name opens a person's name; a lone capitalized word
      // at the start of a sentence is no evidence of a name
      return true;
    }
    int times = 0;
    String name = lower(m.text());
    String surname = lower(last);
    for (Mention o : doc.get(Annotations.MENTIONS)) {
      if (o.type() == MentionType.LOCATION && o.text().equals(m.text())) {
        return true;
      }
      String person = o.type() == MentionType.PERSON && !headed ? lower(o.text()) : null;
      if (person != null && (person.equals(name) || person.equals(surname) || person.endsWith(" " + surname))) {
        // "Yasser Arafat" tagged as a body where the document also names "Arafat" as a person ("Iosif STALIN":
        // case aside)
        return true;
      }
      times += o.type() == MentionType.ORGANIZATION && o.text().equals(m.text()) ? 1 : 0;
    }
    // the statistical finder is right about bodies less than half the time in news ("Ramadan", "Utah", "Dayton
    // Peace Accords"): it needs a head word ("Southwest Airlines"), an acronym ("AIG") or to be named again
    boolean acronymInside = false;
    for (int i = m.start(); i < m.end(); i++) {
      acronymInside |= acronym(t[i]);
    }
    // "The New York Sun ... The Sun has": a body taken up again by its last word counts as named twice
    boolean takenUp = m.end() - m.start() > 1 && MentionStage.isCap(last) && (doc.text().contains("The " + last + " ")
        || doc.text().contains("the " + last + " "));
    return !headed && !acronymInside && times < 2 && !takenUp;
  }

  /** A weekday or month, which ends a name ("the Ministry of Labor on Monday"). */
  private static boolean timeWord(String w) {
    return NameSpans.DAY_WORDS.contains(w) || NameSpans.MONTHS.contains(w);
  }

  private static boolean overlapsBlocked(boolean[] blocked, int start, int end) {
    for (int i = start; i < end; i++) {
      if (blocked[i]) {
        return true;
      }
    }
    return false;
  }

  /** A name has a capitalized word or an acronym, and is not a lone common opener. */
  private static boolean nameLike(String[] t, int start, int end) {
    for (int i = start; i < end; i++) {
      if (MentionStage.isCap(t[i]) && !OPENERS.contains(lower(t[i]))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** The initials of a name's capitalized words ("International Atomic Energy Agency" gives "IAEA"). */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (MentionStage.isCap(w)) {
        b.appendCodePoint(w.codePointAt(0));
      }
    }
    return b.toString();
  }

  /** An acronym: two to eight capitals, digits or dots, mostly capitals ("IAEA", "U.N.", "G8"). */
  static boolean acronym(String w) {
    String letters = w.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(c -> Character.isUpperCase(c)
        || Character.isDigit(c)) && Character.isUpperCase(letters.charAt(0));
  }

  private static String key(String name) {
    return Gazetteers.organizationKey(name);
  }

  /** Builds the entities of one document as candidates arrive. */
  private final class Builder {
    final Document doc;
    final Map<String, Entity> byName = new LinkedHashMap<>();
    final Map<String, Entity> byAcronym = new HashMap<>();
    final List<Entity> order = new ArrayList<>();

    Builder(Document doc) {
      this.doc = doc;
    }

    /** One organization as it is being built. */
    final class Entity {
      String name;
      String acronym;
      boolean fromLexicon;
      final Set<String> forms = new LinkedHashSet<>();
      final List<Mention> mentions = new ArrayList<>();
      String country;
      int countrySentence = -1;
      String countryReason;
      String head;
    }

    void add(Sentence s, Candidate c) {
      String text = NlpStages.text(s, c.start, c.end, doc.text());
      String known = c.source.equals("organization-lexicon") ? c.name : lexiconByFold.get(key(text));
      Entity e;
      if (known != null) {
        e = byName.get(key(known));
        if (e == null) {
          e = create(known);
          e.fromLexicon = true;
          Gazetteers.Organization o = gaz.organization(known);
          for (String alt : o.otherNames()) {
            if (acronym(alt) && e.acronym == null) {
              e.acronym = alt;
            }
          }
          if (o.country() != null) {
            e.country = o.country();
            e.countryReason = "lexicon";
          }
        }
      } else if (c.length() == 1 && acronym(text) && byAcronym.containsKey(text.replace(".", ""))) {
        e = byAcronym.get(text.replace(".", ""));
      } else {
        e = byName.get(key(text));
        if (e == null) {
          e = create(text);
        }
      }
      e.forms.add(text);
      e.mentions.add(new Mention(MentionType.ORGANIZATION, s.index(), c.start, c.end, text, key(e.name),
          c.source));
      country(s, c.start, c.end, e);
    }

    Entity create(String name) {
      Entity e = new Entity();
      e.name = name;
      String[] words = name.split("\\s+");
      e.head = words[words.length - 1].toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (gaz.isOrganizationHead(w)) {
          e.head = w.toLowerCase(Locale.ROOT);
          break;
        }
      }
      byName.put(key(name), e);
      order.add(e);
      String ini = initials(name);
      if (ini.length() >= 2 && name.split("\\s+").length >= 2) {
        byAcronym.putIfAbsent(ini, e);
      }
      return e;
    }

    /** A country, demonym, or country's possessive right before the name is the organization's country. */
    void country(Sentence s, int start, int end, Entity e) {
      if (e.country != null) {
        return;
      }
      String[] t = s.tokens();
      int k = start;
      if (k > 0 && (t[k - 1].equals("'s") || t[k - 1].equals("’s"))) {
        k--;
      }
      PhraseMatcher.Match c = gaz.countries().endingAt(t, k, 4);
      if (c != null) {
        e.country = c.value();
        e.countrySentence = s.index();
        e.countryReason = "'" + NlpStages.text(s, c.start(), end, doc.text()) + "'";
      }
    }

    /** "Full Name (ACR)": the acronym in brackets right after a name is its short form. */
    void acronymDefinitions(Sentence s, List<Candidate> found) {
      String[] t = s.tokens();
      for (Candidate c : found) {
        if (c.end + 2 < t.length && t[c.end].equals("(") && t[c.end + 2].equals(")") && acronym(t[c.end + 1])) {
          Entity e = byName.get(key(c.source.equals("organization-lexicon") ? c.name
              : NlpStages.text(s, c.start, c.end, doc.text())));
          String acr = t[c.end + 1].replace(".", "");
          if (e != null && !initials(e.name).equals(acr)) {
            // "the Zimbabwe Congress of Trade Unions (ZCTU)": a country word that the acronym spells is in the name
            for (int k = Math.max(0, c.start - 2); k < c.start; k++) {
              String longer = NlpStages.text(s, k, c.end, doc.text());
              if (initials(longer).equals(acr) && !e.fromLexicon) {
                e.name = longer;
                e.forms.add(longer);
                break;
              }
            }
          }
          if (e != null) {
            e.acronym = e.acronym == null ? t[c.end + 1] : e.acronym;
            byAcronym.put(acr, e);
          }
        }
      }
    }

    /** An acronym that the document defined, wherever it stands alone, is that organization. */
    void acronymUses(Sentence s, List<Mention> mentions) {
      String[] t = s.tokens();
      for (int i = 0; i < t.length; i++) {
        Entity e = acronym(t[i]) ? byAcronym.get(t[i].replace(".", "")) : null;
        if (e == null || covered(s.index(), i) || i > 0 && t[i - 1].equals("(")) {
          continue;
        }
        int at = i;
        if (mentions.stream().anyMatch(m -> m.start() <= at && at < m.end() && m.type() != MentionType.ORGANIZATION
            && m.type() != MentionType.LOCATION)) {
          continue;
        }
        e.forms.add(t[i]);
        e.mentions.add(new Mention(MentionType.ORGANIZATION, s.index(), i, i + 1, t[i], key(e.name), "acronym"));
        country(s, i, i + 1, e);
      }
    }

    /** "the agency", "the ministry": the last organization of that head word, a few sentences back at most. */
    void shortForms(Sentence s) {
      String[] t = s.tokens();
      for (int i = 1; i < t.length; i++) {
        if (!t[i - 1].equalsIgnoreCase("the") || MentionStage.isCap(t[i]) || !gaz.isOrganizationHead(
            Character.toUpperCase(t[i].charAt(0)) + t[i].substring(1)) || covered(s.index(), i)
            || i + 1 < t.length && (t[i + 1].equals("of") || MentionStage.isCap(t[i + 1]) || t[i + 1].equals("'s"))) {
          continue;
        }
        Entity best = null;
        int bestAt = -1;
        for (Entity e : order) {
          for (Mention m : e.mentions) {
            if (e.head.equals(t[i]) && m.sentence() <= s.index() && m.sentence() >= s.index() - SHORT_FORM_REACH
                && (m.sentence() < s.index() || m.end() <= i - 1) && m.sentence() * 1000 + m.start() > bestAt) {
              best = e;
              bestAt = m.sentence() * 1000 + m.start();
            }
          }
        }
        if (best != null) {
          best.mentions.add(new Mention(MentionType.ORGANIZATION, s.index(), i - 1, i + 1,
              NlpStages.text(s, i - 1, i + 1, doc.text()), key(best.name), "definite-short-form"));
        }
      }
    }

    boolean covered(int sentence, int i) {
      for (Entity e : order) {
        for (Mention m : e.mentions) {
          if (m.sentence() == sentence && m.start() <= i && i < m.end()) {
            return true;
          }
        }
      }
      return false;
    }

    List<OrganizationEntity> entities() {
      List<OrganizationEntity> out = new ArrayList<>();
      for (Entity e : order) {
        boolean generic = !e.fromLexicon && generic(e.name);
        String key = key(e.name) + (generic && e.country != null ? "-" + e.country.toLowerCase(Locale.ROOT)
            : "");
        // each mention refers to its organization by the final key (the name may have grown, the country come)
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions) {
          ms.add(new Mention(m.type(), m.sentence(), m.start(), m.end(), m.text(), key, m.source()));
        }
        ms.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        out.add(new OrganizationEntity(key, e.name, e.acronym, List.copyOf(e.forms), ms,
            CountryCode.ofNullable(e.country), e.countrySentence, e.countryReason, generic));
      }
      return out;
    }
  }

  /** Whether a name is made only of words that say what a body does, with its head word ("Foreign Ministry"). */
  boolean generic(String name) {
    for (String w : name.split("[\\s-]+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!GENERIC.contains(l) && !gaz.isOrganizationHead(w) && !JOINERS.contains(l)) {
        return false;
      }
    }
    return true;
  }
}
