package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.doc.CountryCode;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Facts;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.OrganizationEntity;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.PersonKey;
import org.newsgraph.doc.RoleId;
import org.newsgraph.doc.Sentence;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.Gender;
import org.newsgraph.lexicon.WordList;

/**
 * The rules of one relation family over one document: what they see of the shared {@link DocumentContext}, under
 * short names, the word lists of the token rules, and the helpers that more than one family needs. A family is a
 * subclass whose {@link #run} adds its facts; {@link FactStage} creates one per document and runs the families in
 * order, so a later family sees what the earlier ones resolved.
 */
abstract class Rules {
  /** Verbs that attribute a quotation to a speaker ("said", "told"). */
  static final Set<String> SPEECH = WordList.words("token-speech.txt");
  /** Words that may stand before a title without changing it ("former", "acting", "top"). */
  static final Set<String> MODIFIERS = WordList.words("token-modifiers.txt");
  /** Words of meeting that the token rules look for (sentences without a parse). */
  static final Set<String> MEET = WordList.words("token-meet.txt");
  /** Words that may follow the person after a bare "called" when it is a telephone call. */
  static final Set<String> CALL_END = WordList.words("token-call-end.txt");
  /** Verbs that pair the members of their subject ("A and B met"). */
  static final Set<String> RECIPROCAL = WordList.words("token-reciprocal.txt");
  /** Words that may follow a reciprocal verb without an object. */
  static final Set<String> AFTER_RECIPROCAL = WordList.words("token-after-reciprocal.txt");
  /** Words of contact by telephone, letter or message that the token rules look for. */
  static final Set<String> CONTACT = WordList.words("token-contact.txt");
  /** Nouns that name a meeting. */
  static final Set<String> NOMINAL = WordList.words("token-nominal.txt");
  /** Words that make a talk or a conversation a telephone contact ("call" alone is read by the bare-call rule). */
  static final Set<String> PHONE = WordList.words("phone-words.txt");
  /** Words the token rules skip between a trigger and its participant. */
  static final Set<String> SKIP = WordList.words("token-skip.txt");
  /** Words that join the members of a group of participants. */
  static final Set<String> CONNECT = WordList.words("token-connect.txt");
  /** Words before a trigger that make it planned (token rules). */
  static final Set<String> PLANNED = WordList.words("token-planned.txt");
  /** Words before a trigger that negate it (token rules). */
  static final Set<String> NEGATED = WordList.words("token-negated.txt");
  /** Words before a trigger that make it a claim (token rules). */
  static final Set<String> CLAIMED = WordList.words("token-claimed.txt");
  /** Nouns for a group of people that a later list of names may fill ("two top aides"). */
  static final Set<String> GROUP_NOUNS = WordList.words("token-group-nouns.txt");
  /** Day and month words that give an event its time. */
  static final Set<String> TIME_WORDS = WordList.words("token-time-words.txt");
  /** Number words before a group noun. */
  static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "both", 2);

  final DocumentContext context;
  final Gazetteers gaz;
  final Document doc;
  final List<Sentence> sentences;
  final List<SentenceView> views;
  final List<PersonEntity> people;
  final Map<String, PersonEntity> byKey;
  final Facts facts;
  final List<Mention> mentions;
  final List<OrganizationEntity> organizations;
  final Map<Integer, String> speakerOfToken;
  final Map<String, Set<String>> explicitCountry;
  final Set<Integer> readBySyntax;
  final Map<String, Gender> genders;

  Rules(DocumentContext c, Gazetteers gaz) {
    this.context = c;
    this.gaz = gaz;
    this.doc = c.doc;
    this.sentences = c.sentences;
    this.views = c.views;
    this.people = c.people;
    this.byKey = c.byKey;
    this.facts = c.facts;
    this.mentions = c.mentions;
    this.organizations = c.organizations;
    this.speakerOfToken = c.speakerOfToken;
    this.explicitCountry = c.explicitCountry;
    this.readBySyntax = c.readBySyntax;
    this.genders = c.genders;
  }

  /** Adds this family's facts (and resolutions) to the context. */
  abstract void run();

  /** A key for one token of the document. */
  int tokenId(int sentence, int token) {
    return sentence * 100_000 + token;
  }

  /** The gender of a person of this document, computed once. */
  Gender gender(String key) {
    return genders.computeIfAbsent(key, k -> byKey.containsKey(k) ? Gender.of(byKey.get(k), sentences)
        : Gender.UNKNOWN);
  }

  /** Records that a person represents a country, and remembers it for the counterpart rule. */
  void addRepresents(String person, String country, int sentence, String extractor, double conf, String reason) {
    facts.represents.add(new Facts.Represents(PersonKey.of(person), CountryCode.of(country), sentence, extractor,
        conf, reason));
    explicitCountry.computeIfAbsent(person, k -> new TreeSet<>()).add(country);
  }

  /** Records that a person holds a role; the rules keep keys, codes and IDs as strings, the facts as values. */
  void addRoleFact(String person, String role, String kind, String roleLabel, String label, String country,
      int sentence, String extractor, double conf) {
    facts.roles.add(new Facts.Role(PersonKey.of(person), RoleId.of(role), RoleId.ofNullable(kind), roleLabel,
        label, CountryCode.ofNullable(country), sentence, extractor, conf));
  }

  /** The keys of a side of an interaction, as the rules keep them. */
  static Set<String> keys(Set<PersonKey> side) {
    Set<String> out = new LinkedHashSet<>();
    side.forEach(k -> out.add(k.value()));
    return out;
  }

  /** A side of an interaction as a fact holds it. */
  static Set<PersonKey> side(Set<String> keys) {
    Set<PersonKey> out = new LinkedHashSet<>();
    keys.forEach(k -> out.add(PersonKey.of(k)));
    return out;
  }

  /** A role's ID as the rules keep it, or null. */
  static String id(RoleId r) {
    return r == null ? null : r.value();
  }

  /** A country's code as the rules keep it, or null. */
  static String code(CountryCode c) {
    return c == null ? null : c.value();
  }
}
