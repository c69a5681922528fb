package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.doc.DependencyTree;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.OrganizationEntity;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.doc.RoleId;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.PhraseMatcher;
import org.newsgraph.lexicon.WordList;
import org.newsgraph.nlp.NameSpans;
import org.newsgraph.nlp.NlpStages;

/**
 * Roles and the countries their titles name: a title before a name ("Foreign Minister Ida Berg"), an apposition
 * in either order ("Tom Reyes, the prime minister of Malta"; "Chile's president, Ana Perez"), a demonym before a
 * name ("Ukrainian businessman Viktor Medvedchuk"), a possessive country ("Luxembourg's Gilles Muller"), and the
 * post's own country when the title names none.
 */
final class RoleRelations extends Rules {
  RoleRelations(DocumentContext c, Gazetteers gaz) {
    super(c, gaz);
  }

  /** Verbs whose subject takes the post named after "as" ("serving as acting prime minister"). */
  private static final Set<String> SUBJECT_ROLE_VERBS = WordList.words("subject-role-verbs.txt");
  /**
   * Verbs whose object takes the post named after "as", so that their subject does in the passive ("was sworn in
   * as prime minister", "was dropped as foreign minister").
   */
  private static final Set<String> PASSIVE_ROLE_VERBS = WordList.words("passive-role-verbs.txt");

  /** Whether a verb is in the passive voice: a passive subject or auxiliary. */
  static boolean passive(DependencyTree t, int verb) {
    for (int c : t.children(verb)) {
      if (t.label(c).endsWith(":pass")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that take the post as their complement, without "as" ("who becomes deputy prime minister"). */
  private static final Set<String> BECOME = Set.of("become", "becomes", "became", "becoming", "remain", "remains",
      "remained", "remaining");

  @Override
  void run() {
    for (SentenceView v : views) {
      roles(v);
      if (v.sentence.tree() != null) {
        predicativeRoles(v);
      }
    }
  }

  /**
   * Roles that the grammar gives away from the name: a copula ("Okonjo is a former finance minister", "Haddad, who
   * is the military commander of the group"), "become" ("Shaath, who becomes deputy prime minister") and "as" after
   * a verb whose subject takes the post ("Olmert is serving as acting prime minister", "al-Qidwa, who replaces
   * Mr. Shaath as foreign minister").
   */
  void predicativeRoles(SentenceView v) {
    DependencyTree t = v.sentence.tree();
    for (int i = 0; i < v.size(); i++) {
      PhraseMatcher.Match r = gaz.roles().longestAt(v.tokens, i);
      if (r == null) {
        continue;
      }
      i = r.end() - 1;
      int root = -1;
      for (int k = r.start(); k < r.end(); k++) {
        if (t.head(k) < r.start() || t.head(k) >= r.end()) {
          root = root < 0 ? k : root;
        }
      }
      if (root < 0 || r.end() < v.size() && v.referent[r.end()] != null) {
        continue;
      }
      Set<String> holders = new LinkedHashSet<>();
      String how = null;
      if (!t.children(root, "cop").isEmpty()) {
        for (int c : t.children(root, "nsubj")) {
          holders.addAll(InteractionsFromSyntax.persons(v, t, c));
        }
        how = "copula-role";
      } else if (t.head(root) >= 0 && PASSIVE_ROLE_VERBS.contains(v.lower[t.head(root)])
          && InteractionsFromSyntax.preposition(v, t, root).equals("as") && passive(t, t.head(root))) {
        for (int c : t.children(t.head(root), "nsubj")) {
          holders.addAll(InteractionsFromSyntax.persons(v, t, c));
        }
        how = "as-role";
      } else if (t.head(root) >= 0 && SUBJECT_ROLE_VERBS.contains(v.lower[t.head(root)])
          && (InteractionsFromSyntax.preposition(v, t, root).equals("as") || BECOME.contains(v.lower[t.head(root)])
          && (t.base(root).equals("obj") || t.base(root).equals("xcomp")))) {
        // the subject in either voice: a parser may take "is serving" for a passive
        List<Integer> subjects = new ArrayList<>(t.children(t.head(root), "nsubj"));
        if (subjects.isEmpty()) {
          subjects = InteractionsFromSyntax.subjects(t, t.head(root));
        }
        for (int c : subjects) {
          holders.addAll(InteractionsFromSyntax.persons(v, t, c));
        }
        how = "as-role";
      }
      if (holders.size() != 1) {
        continue;
      }
      String person = holders.iterator().next();
      TitlePhrase phrase = extendLeft(v, r);
      boolean known = false;
      for (Facts.Role f : facts.roles) {
        known |= f.sentence() == v.sentence.index() && f.person().value().equals(person)
            && f.role().value().equals(phrase.role());
      }
      if (!known) {
        addRole(person, phrase, v.sentence.index(), how, 0.8);
      }
    }
  }

  void roles(SentenceView v) {
    TitlePhrase previous = null;
    int previousEnd = -1;
    for (int i = 0; i < v.size(); i++) {
      Mention m = v.mentionAt[i];
      if (m == null || m.type() != MentionType.PERSON || m.start() != i) {
        continue;
      }
      String person = v.referent[i];
      TitlePhrase before = titleBefore(v, i);
      if (before != null && before.country == null && previous != null && previous.country != null
          && before.start == previousEnd + 1 && v.lower[previousEnd].equals("and")) {
        // "Serbian President Boris Tadic and Prime Minister Vojislav Kostunica": the country before the first
        // title of a coordination distributes over the titles that name none
        before = new TitlePhrase(before.role, before.kind, before.head, before.roleLabel, before.label,
            previous.country, "shared-title-country", before.start, before.organization);
      }
      if (before != null) {
        addRole(person, before, v.sentence.index(), "title-before-name", 0.9);
      }
      previous = before;
      previousEnd = m.end();
      TitlePhrase appAfter = appositionAfter(v, m.end());
      if (appAfter != null) {
        addRole(person, appAfter, v.sentence.index(), "apposition-after-name", 0.85);
      }
      if (before == null && i > 0 && v.tokens[i - 1].equals("(") && m.end() < v.size()
          && v.tokens[m.end()].equals(")")) {
        // "a spokesman (Peter Smerdon) says": a name in brackets right after a title stands for its holder
        before = titleBefore(v, i - 1);
        if (before != null) {
          addRole(person, before, v.sentence.index(), "apposition-in-brackets", 0.85);
        }
      }
      int start = before != null ? before.start : i;
      TitlePhrase appBefore = appositionBefore(v, start);
      if (appBefore != null) {
        addRole(person, appBefore, v.sentence.index(), "apposition-before-name", 0.8);
      }
      if (appBefore == null) {
        nationality(v, m, start, person);
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

  /**
   * "Ukrainian businessman Viktor Medvedchuk", "American Vince Spadea": a demonym and up to two lower-case words
   * before a name; or such a description, opened by a determiner, apposed before it ("his Japanese counterpart,
   * Hajime Massaki").
   */
  void nationality(SentenceView v, Mention m, int start, String person) {
    int k = start - 1;
    // the words of the title phrase that it did not take ("visiting Military Chief General")
    for (int n = 0; n < 3 && k > 0 && start < m.start() && (MODIFIERS.contains(v.lower[k])
        || MentionStage.isCap(v.tokens[k]) && v.referent[k] == null && !gaz.isDemonym(v.tokens[k])); n++) {
      k--;
    }
    boolean apposed = k >= 2 && v.tokens[k].equals(",");
    if (apposed) {
      // "his Japanese counterpart, (General) Hajime Massaki": a described person apposed to the name
      k--;
    } else if (start < m.start() && (k < 0 || !Character.isLowerCase(v.tokens[k].codePointAt(0)))) {
      // a title with no lower-case noun before it ("Dutch commander Major General …" has one)
      return;
    }
    int nouns = 0;
    String[] tags = v.sentence.tags();
    // nouns only: "the Iranian leader called Paul" names no Iranian Paul
    while (k >= 0 && nouns < 2 && !v.tokens[k].isEmpty() && Character.isLowerCase(v.tokens[k].codePointAt(0))
        && v.tokens[k].codePoints().allMatch(Character::isLetter) && (k >= tags.length || !Set.of("VERB", "AUX",
            "ADP", "PRON", "DET", "CCONJ", "SCONJ").contains(tags[k]))) {
      k--;
      nouns++;
    }
    if (apposed && (nouns == 0 || k < 1 || !DETERMINERS.contains(v.lower[k - 1]))) {
      return;
    }
    if (k >= 0 && (nouns > 0 || MentionStage.isCap(v.tokens[k])) && gaz.isDemonym(v.tokens[k])) {
      String code = gaz.countries().lookup(v.tokens[k]);
      addRepresents(person, code, v.sentence.index(), "nationality-before-name", 0.7,
          "'" + v.tokens[k] + " " + String.join(" ", Arrays.copyOfRange(v.tokens, k + 1, m.start()))
              + " " + m.text() + "'");
    }
  }

  /** Words that open a description apposed to a name ("his Japanese counterpart, …"). */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

  /**
   * A relational adjective, which names a field or a domain and so can make a post ("presidential candidate",
   * "spiritual leader", "pro-democracy leader"), unlike a describing one ("the dead commander").
   */
  static boolean relational(String adjective) {
    return adjective.startsWith("pro-") || adjective.startsWith("anti-") || adjective.matches(
        ".*(al|ic|ary|ory|ian|ist)$");
  }

  /**
   * The longest phrase of this matcher that ends right before token {@code end} and starts at most {@code span}
   * tokens before it ("Saudi Arabia" in "Saudi Arabia's", "Foreign Minister" before a name), or null.
   */
  static PhraseMatcher.Match endingAt(PhraseMatcher m, SentenceView v, int end, int span) {
    return m.endingAt(v.tokens, end, span);
  }


  /** Whether "in" (and at most one lower-case word, "in southern") stands right before token {@code k}. */
  private static boolean placeBefore(SentenceView v, int k) {
    int j = k - 1;
    if (j >= 0 && Character.isLowerCase(v.tokens[j].codePointAt(0)) && !v.lower[j].equals("in")) {
      j--;
    }
    return j >= 0 && v.lower[j].equals("in");
  }

  /** A title phrase: role, label as written, country (or null), its first token, and its organization (or null). */
  record TitlePhrase(String role, String kind, String head, String roleLabel, String label, String country,
      String countrySource, int start, String organization) {
  }

  /**
   * Title words that also modify a title as adjectives, and then make one post with it ("Chief Financial Officer",
   * "chief negotiator"), rather than stand for a second title.
   */
  private static final Set<String> ADJECTIVAL_TITLES = WordList.words("adjectival-titles.txt");
  /** Words before a title that make another post ("deputy", "vice", "acting"). */
  private static final Set<String> APART = WordList.words("title-apart-words.txt");
  /** Part-of-speech tags of the words that a title may take before it ("Information Minister", "party chief"). */
  private static final Set<String> COMPOSING_TAGS = Set.of("NOUN", "PROPN", "ADJ");

  /** The title that ends right before token {@code nameStart}, with its modifiers and country. */
  TitlePhrase titleBefore(SentenceView v, int nameStart) {
    int end = nameStart;
    while (end > 0 && MentionStage.HONORIFICS.contains(v.tokens[end - 1])) {
      end--;
    }
    if (end > 1 && NameSpans.RANKS.contains(v.tokens[end - 1])) {
      // "Military Chief General Hajime Massaki": a rank right before the name, after another title, is the
      // person's rank; the title is the one before it
      if (endingAt(gaz.roles(), v, end - 1, 4) != null) {
        end--;
      }
    }
    PhraseMatcher.Match r = endingAt(gaz.roles(), v, end, 5);
    return r == null ? null : extendLeft(v, r);
  }

  /**
   * The title ending with the lexicon title {@code r}, extended to the left over the words that make the post
   * ("Information Minister", "party chief", "Deputy Foreign Minister", "pro-democracy leader": nouns and adjectives
   * right before the title), then over modifiers ("former"), institutions and the country ("Kenyan", "Chile's"),
   * which name the post's country but are no part of the role.
   */
  TitlePhrase extendLeft(SentenceView v, PhraseMatcher.Match r) {
    int s = r.start();
    String country = null;
    String source = null;
    int composedFrom = s;
    String[] tags = v.sentence.tags();
    while (composedFrom > 0 && r.start() - composedFrom < 3) {
      int k = composedFrom - 1;
      String w = v.tokens[k];
      boolean word = !w.isEmpty() && Character.isLetter(w.charAt(0)) && w.chars().allMatch(ch -> Character
          .isLetter(ch) || ch == '-' || ch == '.');
      // "pro-democracy leader": a prefix that the tokenizer cut off before its word belongs to it
      boolean prefix = w.length() > 1 && w.endsWith("-")
          && v.sentence.tokenSpans()[k].getEnd() == v.sentence.tokenSpans()[k + 1].getStart();
      boolean tagged = k < tags.length && COMPOSING_TAGS.contains(tags[k]) || APART.contains(v.lower[k]) || prefix;
      if (tagged && tags[k].equals("ADJ") && Character.isLowerCase(w.charAt(0)) && !relational(v.lower[k])
          && composedFrom == r.start()) {
        break;
      }
      // a title written in capitals takes only words in capitals ("Information Minister"; not "the Associated
      // Press quotes President", "last week President"); one in lower case takes either ("Middle East envoy")
      boolean sameCase = !Character.isUpperCase(v.tokens[r.start()].codePointAt(0)) || Character.isUpperCase(
          w.codePointAt(0)) || APART.contains(v.lower[k]);
      if (!word || !tagged || !sameCase || MODIFIERS.contains(v.lower[k]) && !APART.contains(v.lower[k])
          || gaz.countries().lookup(w) != null || gaz.isDemonym(w) || MentionStage.HONORIFICS.contains(w)
          || gaz.institutions().covers(v.tokens, k) || gaz.countries().covers(v.tokens, k) || v.referent[k] != null
          || v.organization(k) != null
          || gaz.roles().longestAt(v.tokens, k) != null && gaz.roles().longestAt(v.tokens, k).end() <= r.start()
          && !ADJECTIVAL_TITLES.contains(v.lower[k])) {
        break;
      }
      composedFrom = k;
    }
    s = composedFrom;
    String organization = null;
    while (s > 0) {
      String prev = v.tokens[s - 1];
      String low = v.lower[s - 1];
      PhraseMatcher.Match inst = endingAt(gaz.institutions(), v, s, 3);
      boolean orgPossessive = (low.equals("'s") || low.equals("’s")) && s > 1 && v.organization(s - 2) != null;
      if (MODIFIERS.contains(low)) {
        s--;
      } else if (inst != null) {
        if (country == null) {
          country = inst.value();
          source = "institution";
        }
        s = inst.start();
        if (organization == null && v.organization(s) != null) {
          organization = v.organization(s);
        }
      } else if (organization == null && (v.organization(s - 1) != null || orgPossessive)) {
        // "UN Secretary-General", "the IAEA's director", "Iran's Foreign Ministry spokesman": the body whose post
        // it is; a national body's country is the post's
        Mention m = v.organizationAt[orgPossessive ? s - 2 : s - 1];
        organization = m.ref();
        String bodyCountry = organizationCountry(organization);
        if (country == null && bodyCountry != null) {
          country = bodyCountry;
          source = "organization-country";
        }
        s = m.start();
      } else if ((low.equals("'s") || low.equals("’s")) && endingAt(gaz.countries(), v, s - 1, 4) != null) {
        PhraseMatcher.Match c = endingAt(gaz.countries(), v, s - 1, 4);
        country = country == null ? c.value() : country;
        source = source == null ? "title-country" : source;
        s = c.start();
      } else if (gaz.countries().lookup(prev) != null && placeBefore(v, s - 1)) {
        // "al-Qaida in Iraq leader", "commander in southern Iraq Colonel …": the country is where a body or a
        // post is, not whose the title is
        break;
      } else if (gaz.countries().lookup(prev) != null) {
        country = country == null ? gaz.countries().lookup(prev) : country;
        source = source == null ? "title-country" : source;
        s--;
      } else {
        PhraseMatcher.Match c = endingAt(gaz.countries(), v, s, 4);
        if (c == null) {
          break;
        }
        country = country == null ? c.value() : country;
        source = source == null ? "title-country" : source;
        s = c.start();
      }
    }
    int e = r.end();
    for (int k = r.start(); k < e && organization == null; k++) {
      // "UN secretary-general" is one title of the lexicon, with its body inside
      organization = v.organization(k);
    }
    if (organization == null && e + 1 < v.size() && ORGANIZATION_LINKS.contains(v.lower[e])) {
      // "head of the IAEA", "a spokesman for the Foreign Ministry", "an official with the ministry"
      int o = v.lower[e + 1].equals("the") && e + 2 < v.size() ? e + 2 : e + 1;
      PhraseMatcher.Match owner = gaz.countries().longestAt(v.tokens, o);
      if (owner != null && owner.end() < v.size()) {
        // "a spokesman for Iran's Foreign Ministry", "an official of the Iranian Interior Ministry"
        o = v.lower[owner.end()].equals("'s") || v.lower[owner.end()].equals("’s") ? owner.end() + 1 : owner.end();
      }
      if (o < v.size() && v.organizationAt[o] != null && v.organizationAt[o].start() == o) {
        organization = v.organization(o);
        String bodyCountry = organizationCountry(organization);
        if (country == null && bodyCountry != null) {
          country = bodyCountry;
          source = "organization-country";
        }
      }
    }
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
    String label = NlpStages.text(v.sentence, s, r.end(), doc.text())
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String written = NlpStages.text(v.sentence, composedFrom, r.end(), doc.text())
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String preferred = gaz.role(r.value()).label();
    boolean plain = true;
    for (String w : written.split(" ")) {
      plain &= !MODIFIERS.contains(w);
    }
    if (composedFrom == r.start() && (written.equals(preferred) || !plain || !Character.isLetter(written.charAt(0))
        || written.length() <= 4)) {
      return new TitlePhrase(r.value(), r.value(), r.value(), preferred, label, country, source, s, organization);
    }
    String roleLabel = written;
    boolean apart = false;
    for (int k = composedFrom; k < r.start(); k++) {
      apart |= APART.contains(v.lower[k]);
    }
    String id = roleLabel.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return new TitlePhrase(id, apart ? null : r.value(), r.value(), roleLabel, label, country, source, s,
        organization);
  }

  /** Prepositions that tie a post to the organization after it ("head of", "spokesman for", "official with"). */
  private static final Set<String> ORGANIZATION_LINKS = Set.of("of", "for", "at", "with", "in");

  /**
   * The country of a state body of this document ("Iran's Foreign Ministry"), or null: a post in it is a post of
   * that country. A trade union, a party or a newspaper of a country gives its people no official post of it.
   */
  String organizationCountry(String key) {
    for (OrganizationEntity o : organizations) {
      if (o.key().equals(key) && o.country() != null && o.generic()) {
        return o.country().value();
      }
    }
    return null;
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
        if (after + 1 < v.size() && COMPLEMENTS.contains(v.lower[after])) {
          // "chief of staff for U.N. Secretary-General Ban Ki-moon", "director-general of the Basra
          // International Bank": the post's complement runs to the end of the apposition, without a verb
          int k2 = after + 1;
          while (k2 < v.size() && k2 - after < 10 && !Set.of(",", ".", ";").contains(v.tokens[k2])
              && (k2 >= v.sentence.tags().length || !Set.of("VERB", "AUX").contains(v.sentence.tags()[k2]))) {
            k2++;
          }
          if (k2 < v.size() && Set.of(",", ".", ";").contains(v.tokens[k2]) || k2 == v.size()) {
            after = k2;
          }
        }
        if (after >= v.size() || Set.of(",", ".", ";", "and").contains(v.lower[after])) {
          TitlePhrase t = extendLeft(v, r);
          return t.start >= k ? t : null;
        }
        return null;
      }
      boolean composing = end - k < 4 && end < v.sentence.tags().length && (v.sentence.tags()[end].equals("NOUN")
          || v.sentence.tags()[end].equals("ADJ")) && v.referent[end] == null;
      if (!MODIFIERS.contains(v.lower[end]) && gaz.countries().lookup(v.tokens[end]) == null
          && gaz.institutions().longestAt(v.tokens, end) == null && !composing) {
        return null;
      }
    }
    return null;
  }

  /** Prepositions that open the complement of a post in an apposition ("chief of staff for …"). */
  private static final Set<String> COMPLEMENTS = Set.of("of", "for", "at", "to");

  /** "(the|whose|X's) [modifiers] ROLE , NAME" before a name (or its title). */
  TitlePhrase appositionBefore(SentenceView v, int start) {
    if (start < 2 || !v.tokens[start - 1].equals(",")) {
      return null;
    }
    PhraseMatcher.Match r = endingAt(gaz.roles(), v, start - 1, 4);
    if (r == null) {
      return null;
    }
    TitlePhrase t = extendLeft(v, r);
    int d = t.start - 1;
    if (t.country != null && t.countrySource != null && (d < 0 || !Character.isLetter(v.tokens[d].codePointAt(0))
        || Set.of("and", "but", "while", "said", "says").contains(v.lower[d]))) {
      // "Russia's military chief, General Yuri Baluyevsky": a title that names its country stands alone
      return t;
    }
    // "the local police commander, …", "the dead commander, …": describing adjectives before the title
    for (int n = 0; n < 2 && d > 0 && d < v.sentence.tags().length && v.sentence.tags()[d].equals("ADJ")
        && Character.isLowerCase(v.tokens[d].codePointAt(0)); n++) {
      d--;
    }
    boolean opened = d >= 0 && (Set.of("the", "whose", "his", "her", "its").contains(v.lower[d])
        || v.lower[d].equals("'s") || v.lower[d].equals("’s"));
    return opened ? t : null;
  }



  void addRole(String person, TitlePhrase t, int sentence, String extractor, double conf) {
    addRoleFact(person, t.role, t.kind, t.roleLabel, t.label, t.country, sentence, extractor, conf);
    if (t.organization != null) {
      facts.memberships.add(new Facts.Membership(PersonKey.of(person), t.organization, RoleId.of(t.role), t.label,
          sentence, extractor + "+organization", conf));
    }
    if (t.country != null) {
      addRepresents(person, t.country, sentence, t.countrySource, conf, t.countrySource.equals(
          "shared-title-country") ? "the title '" + t.label + "' follows a title of " + gaz.countryName(t.country)
              + " in a coordination of titled names" : "title '" + t.label + "' names " + gaz.countryName(
                  t.country));
    } else {
      Gazetteers.Role role = gaz.role(t.head);
      if (role.defaultCountry() != null) {
        addRepresents(person, role.defaultCountry(), sentence, "post-country", 0.6,
            "the post '" + role.label() + "' without a country is " + gaz.countryName(role.defaultCountry())
                + "'s");
      }
    }
  }
}
