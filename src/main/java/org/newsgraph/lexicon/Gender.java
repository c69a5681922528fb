package org.newsgraph.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.doc.Mention;
import org.newsgraph.doc.PersonEntity;
import org.newsgraph.doc.Sentence;

/**
 * A person's grammatical gender as the text shows it, for pronouns: an honorific or a gendered title before any of
 * the person's mentions ("Mr.", "Mrs.", "King", "Queen"), else the given name, from lists of male and female given
 * names (datafaker, Apache License 2.0). Unknown when neither speaks, and an unknown person fits any pronoun.
 *
 * <pre>
 * Gender g = Gender.of(person, sentences);
 * boolean fits = g.fits("she");
 * </pre>
 */
public enum Gender {
  /** He, him, his. */
  MALE,
  /** She, her, hers. */
  FEMALE,
  /** Nothing in the text or the lists says. */
  UNKNOWN;

  private static final Set<String> MALE_NAMES = WordList.words("given-names-male.txt");
  private static final Set<String> FEMALE_NAMES = WordList.words("given-names-female.txt");
  private static final Set<String> MALE_TITLES = WordList.words("titles-male.txt");
  private static final Set<String> FEMALE_TITLES = WordList.words("titles-female.txt");

  /** Whether a word is a given name of the shipped lists, case aside ("Ernesto"). */
  public static boolean givenName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return MALE_NAMES.contains(w) || FEMALE_NAMES.contains(w);
  }

  /** Whether a pronoun can refer to a person of this gender. */
  public boolean fits(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> this != FEMALE;
      case "she", "her", "hers", "herself" -> this != MALE;
      default -> true;
    };
  }

  /** The gender of a person of a document whose sentences are given. */
  public static Gender of(PersonEntity p, List<Sentence> sentences) {
    for (Mention m : p.mentions()) {
      if (m.start() > 0 && m.sentence() < sentences.size()) {
        Gender g = title(sentences.get(m.sentence()).tokens()[m.start() - 1]);
        if (g != UNKNOWN) {
          return g;
        }
      }
    }
    String given = p.name().split(" ")[0].toLowerCase(Locale.ROOT);
    if (p.name().contains(" ")) {
      if (MALE_NAMES.contains(given)) {
        return MALE;
      }
      if (FEMALE_NAMES.contains(given)) {
        return FEMALE;
      }
    }
    return UNKNOWN;
  }

  /** The gender an honorific or title gives, or UNKNOWN. */
  public static Gender title(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (MALE_TITLES.contains(w)) {
      return MALE;
    }
    return FEMALE_TITLES.contains(w) ? FEMALE : UNKNOWN;
  }
}
