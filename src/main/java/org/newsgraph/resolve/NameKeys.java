package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Locale-independent keys and slugs for names: the same on every machine and default locale. */
public final class NameKeys {
  private NameKeys() {
  }

  /** Lower-case, accent-free, punctuation-free words separated by single spaces. */
  public static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    n = n.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s\\b", "");
    n = n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return n;
  }

  /** A slug for IRIs: the key with hyphens; "x" when nothing is left. */
  public static String slug(String name) {
    String k = key(name).replace(' ', '-');
    return k.isEmpty() ? "x" : k;
  }

  /** The last word of a name key. */
  public static String last(String key) {
    int i = key.lastIndexOf(' ');
    return i < 0 ? key : key.substring(i + 1);
  }

  /** The first word of a name key. */
  public static String first(String key) {
    int i = key.indexOf(' ');
    return i < 0 ? key : key.substring(0, i);
  }

  /**
   * Whether a one-word name is the first word of a longer name: the family name in names written family
   * name first ("Moon" of "Moon Jae-in", "Xi" of "Xi Jinping").
   */
  public static boolean familyNameFirst(String single, String full) {
    return single.indexOf(' ') < 0 && full.indexOf(' ') > 0 && first(full).equals(single);
  }

  /**
   * Whether two full names can be one person: same last word, and first words equal or one an initial of
   * the other; middle parts may be absent from one of them ("George W. Bush" and "George Bush").
   */
  public static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (!last(a).equals(last(b))) {
      return false;
    }
    if (a.indexOf(' ') < 0 || b.indexOf(' ') < 0) {
      return true;
    }
    String fa = first(a);
    String fb = first(b);
    return (fa.equals(fb) || fa.length() == 1 && fb.startsWith(fa) || fb.length() == 1 && fa.startsWith(fb)
        || transliterated(fa, fb)) && middlesFit(middle(a), middle(b));
  }

  /**
   * Whether two given names are spellings of one name in another script: the same first letter and the same
   * consonants, in order, three or more of them ("Mahmoud" and "Mahmud", "Yousuf" and "Yousef"); vowels and
   * doubled letters aside.
   */
  public static boolean transliterated(String a, String b) {
    String sa = skeleton(a);
    // the first letter too: "Ahmad" and "Hamid" share their consonants, not their name
    return sa.length() >= 3 && a.charAt(0) == b.charAt(0) && sa.equals(skeleton(b));
  }

  private static String skeleton(String w) {
    String s = w.replaceAll("[aeiou]", "").replaceAll("(?<=.)y", "").replaceAll("(.)\\1+", "$1");
    return s;
  }

  /** The words between the first and the last ("w" of "george w bush"); empty for fewer than three words. */
  static String[] middle(String key) {
    String[] w = key.split(" ");
    return w.length < 3 ? new String[0] : Arrays.copyOfRange(w, 1, w.length - 1);
  }

  /**
   * Whether two middle parts can be one: either is absent, or their initials agree as far as the shorter goes
   * ("w" and "walker"; not "w" and "herbert walker", which tells George W. Bush from George H. W. Bush).
   */
  private static boolean middlesFit(String[] a, String[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i].charAt(0) != b[i].charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
