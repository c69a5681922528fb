package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import opennlp.tools.util.Span;

/**
 * Rules over token spans of names that are more reliable than the statistical finder: where a person's name
 * starts and ends (no honorific in front, no bracket or comma inside, hyphenated parts kept), and how a
 * sentence written in capitals is recased before the finder sees it.
 *
 * <pre>
 * Span name = NameSpans.cleanPerson(new Span(0, 3, "person"), "Dr Muhammad Yunus".split(" "), w -&gt; false);
 * </pre>
 */
public final class NameSpans {
  /** Honorifics and abbreviated titles that precede a person's name and are not part of it. */
  public static final Set<String> HONORIFICS = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr",
      "Sen.", "Rep.", "Gov.", "Gen.", "Adm.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Prof.", "Sir", "Dame",
      "Madam", "Mme.", "Messrs.", "Rev.", "Pres.", "Sheikh", "Ayatollah", "MR", "MRS", "DR");
  /** Titles written before a person's name ("Professor Eastman", "Justice Thomas"). */
  public static final Set<String> TITLES = Set.of("President", "Vice", "Professor", "Justice", "Judge",
      "Senator", "Speaker", "Reverend", "Lord", "Lady", "Miss", "Governor", "Chancellor", "Minister",
      "Secretary", "General", "Colonel", "Captain", "Lieutenant", "Sergeant", "Admiral", "Commander", "King",
      "Queen", "Prince", "Princess", "Pope", "Bishop", "Archbishop", "Cardinal", "Mayor", "Premier",
      "Ambassador", "Congressman", "Congresswoman", "Coach", "Saint", "Emperor", "Empress", "Sultan", "Emir",
      "Imam", "Rabbi", "Father", "Sister", "Brother", "Uncle", "Aunt", "Detective", "Officer", "Inspector");
  /** Party words that news writes before a name ("Democrat Carl Levin") and that are no part of it. */
  public static final Set<String> PARTIES = Set.of("Democrat", "Republican", "Democratic", "Tory", "Labour",
      "Conservative", "Socialist", "Communist");
  /** Military ranks, which a name finder may take for a one-word name. */
  public static final Set<String> RANKS = Set.of("Major", "Brigadier", "Marshal", "Corporal", "Private",
      "Lieutenant", "Colonel", "General", "Admiral", "Sergeant", "Commodore");
  /** Name particles that may precede a hyphenated family name ("al - Jubeir"). */
  public static final Set<String> PARTICLES = Set.of("de", "van", "von", "bin", "ibn", "al", "el", "da", "der",
      "le", "la", "du", "dos", "abu");
  private static final Set<String> BREAKS = Set.of("(", ")", ",", ";", ":", "[", "]", "|", "/", "--", "–", "—");

  private NameSpans() {
  }

  /**
   * A person span without a leading honorific, cut before any bracket, comma or quote, extended over
   * hyphenated parts, and without a trailing possessive or punctuation; null when no name is left.
   */
  public static Span cleanPerson(Span s, String[] t, Predicate<String> commonLowercase) {
    int start = s.getStart();
    int end = s.getEnd();
    for (int i = start; i < end; i++) {
      if (BREAKS.contains(t[i])) {
        end = i;
        break;
      }
    }
    while (start < end && (HONORIFICS.contains(t[start]) || (TITLES.contains(t[start]) || PARTIES.contains(
        t[start])) && start + 1 < end)) {
      start++;
    }
    end = trimEnd(t, start, Math.max(end, hyphenated(t, end, commonLowercase)));
    if (start >= end || end - start == 1 && RANKS.contains(t[start])) {
      // "Major" of "Major General Mart de Kruif" is no person
      return null;
    }
    return start == s.getStart() && end == s.getEnd() ? s : new Span(start, end, s.getType(), s.getProb());
  }

  /**
   * A person's name as written, without what a token may carry at its end: a possessive ("Dwain Chambers'"), a
   * sentence's full stop ("Igor Ivanov.", but not "Jr." or an initial) or the hyphen of a cut-off part
   * ("Chen Shu-").
   */
  public static String cleanLabel(String name) {
    String n = name.trim();
    while (true) {
      String before = n;
      if (n.endsWith("'s") || n.endsWith("’s")) {
        n = n.substring(0, n.length() - 2);
      } else if (n.endsWith("'") || n.endsWith("’") || n.endsWith("-")) {
        n = n.substring(0, n.length() - 1);
      } else if (n.endsWith(".")) {
        String last = n.substring(n.lastIndexOf(' ') + 1);
        if (last.length() > 3 && last.indexOf('.') == last.length() - 1 && !last.equals("Jr.")
            && !last.equals("Sr.")) {
          n = n.substring(0, n.length() - 1);
        }
      }
      n = n.trim();
      if (n.equals(before)) {
        return n;
      }
    }
  }

  /** Whether a label can be a name: some word has two letters in a row ("J.S.", "U.N" and "H.I.V." are none). */
  public static boolean nameLike(String label) {
    return TWO_LETTERS.matcher(label).find();
  }

  private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}\\p{L}");

  /** The seven weekdays, written out. */
  public static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");
  /** Weekdays and other day words: news writes "Bush Tuesday" without a comma, and no name ends with one. */
  public static final Set<String> DAY_WORDS = Stream.concat(WEEKDAYS.stream(), Stream.of("Yesterday", "Today",
      "Tonight", "Tomorrow", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"))
      .collect(Collectors.toUnmodifiableSet());
  /** Months that are no given names; "May", "June", "April" and "August" end a name unless a day number follows. */
  public static final Set<String> MONTHS = Set.of("January", "February", "March", "July", "September", "October",
      "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.");
  private static final Set<String> NAME_MONTHS = Set.of("May", "June", "April", "August");

  /**
   * The end of a person span {@code [start, end)} without what never ends a name: a possessive, punctuation, a
   * day word or a month ("Pervez Musharraf Saturday", "Mahmoud Abbas'", "Talbak Nazarov."). A span of nothing
   * but those ends at {@code start}: a weekday alone is no person.
   */
  public static int trimEnd(String[] t, int start, int end) {
    while (end > start) {
      String w = t[end - 1];
      boolean day = DAY_WORDS.contains(w) || MONTHS.contains(w)
          || NAME_MONTHS.contains(w) && end < t.length && t[end].matches("\\d{1,2}(st|nd|rd|th)?,?");
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || !hasLetter(w) || day) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether a word after a hyphen continues a name: a capitalized part ("Jessen - Petersen"), or a short syllable
   * after a short one, as in Korean and Chinese given names ("Woo - suk", "Shu - bian"); not a common word
   * ("Arafat - allies", "Mutharika - a").
   */
  public static boolean hyphenPart(String before, String after) {
    if (!hasLetter(after)) {
      return false;
    }
    if (Character.isUpperCase(after.codePointAt(0))) {
      return true;
    }
    return after.length() >= 2 && after.length() <= 5 && before.length() <= 5;
  }

  /**
   * The end of a name extended over hyphenated parts that the tokenizer split off ("Jean - Pierre",
   * "Cha Eun - woo"), but not over a common word ("Mandela - led").
   */
  public static int hyphenated(String[] t, int end, Predicate<String> commonLowercase) {
    int e = end;
    while (true) {
      if (e + 1 < t.length && t[e].equals("-") && e > 0 && hasLetter(t[e - 1]) && hyphenPart(t[e - 1], t[e + 1])
          && !commonLowercase.test(t[e + 1])) {
        e += 2;
      } else if (e < t.length && e > 0 && t[e - 1].length() > 1 && t[e - 1].endsWith("-") && Character.isLetter(
          t[e].codePointAt(0)) && hyphenPart(t[e - 1].substring(t[e - 1].lastIndexOf('-', t[e - 1].length() - 2)
          + 1, t[e - 1].length() - 1), t[e]) && !commonLowercase.test(t[e])) {
        // "Hwang Woo- suk": the tokenizer left the hyphen on the first part
        e += 1;
      } else if (e < t.length && e > 0 && t[e].length() > 1 && t[e].startsWith("-") && hasLetter(t[e])) {
        e += 1;
      } else if (e + 2 < t.length && PARTICLES.contains(t[e].toLowerCase(Locale.ROOT)) && t[e + 1].equals("-")
          && Character.isUpperCase(t[e + 2].codePointAt(0))) {
        e += 3;
      } else {
        return e;
      }
    }
  }

  /** True when a sentence is written in capitals: at least two words, none with a lowercase letter. */
  public static boolean shouting(String[] t) {
    int words = 0;
    for (String w : t) {
      if (w.codePoints().anyMatch(Character::isLowerCase)) {
        return false;
      }
      if (w.codePoints().filter(Character::isLetter).count() >= 2) {
        words++;
      }
    }
    return words >= 2;
  }

  /**
   * The tokens of a sentence in capitals, recased: a word that is common in lowercase is lowercased, any
   * other word is capitalized, abbreviations with a period stay, and the first word starts with a capital.
   */
  public static String[] truecase(String[] t, Predicate<String> commonLowercase) {
    String[] out = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      String w = t[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.codePoints().filter(Character::isLetter).count() < 2 || w.indexOf('.') >= 0) {
        out[i] = w;
      } else if (commonLowercase.test(lower)) {
        out[i] = lower;
      } else {
        out[i] = capitalize(lower);
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (hasLetter(out[i])) {
        out[i] = capitalize(out[i]);
        break;
      }
    }
    return out;
  }

  private static String capitalize(String w) {
    int first = w.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(w.substring(Character.charCount(first))).toString();
  }

  /** True when a token has a letter in it. */
  public static boolean hasLetter(String t) {
    return t.codePoints().anyMatch(Character::isLetter);
  }
}
