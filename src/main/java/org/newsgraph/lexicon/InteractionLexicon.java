package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that can name a meeting or a contact ({@code interaction-triggers.tsv}): each form with its lemma,
 * its part of speech and the kind of interaction it names. Immutable and shared.
 *
 * <pre>
 * InteractionLexicon.Trigger t = InteractionLexicon.shipped().verb("met");   // meet, MEET
 * </pre>
 */
public final class InteractionLexicon {
  /** What a trigger names. */
  public enum Kind {
    /** In person. */
    MEET,
    /** The subject receives the object in person. */
    HOST,
    /** The subject visits the object in person. */
    VISIT,
    /** In person, negotiating. */
    NEGOTIATE,
    /** In person, unless a telephone is named. */
    TALK,
    /** By telephone. */
    CALL,
    /** By letter. */
    WRITE,
    /** By message or e-mail. */
    MESSAGE
  }

  /** A trigger word. */
  public record Trigger(String lemma, boolean verb, Kind kind) {
  }

  private static final InteractionLexicon SHIPPED = new InteractionLexicon();

  private final Map<String, Trigger> verbs = new HashMap<>();
  private final Map<String, Trigger> nouns = new HashMap<>();

  private InteractionLexicon() {
    for (String line : WordList.lines("interaction-triggers.tsv")) {
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalStateException("interaction-triggers.tsv: 4 columns expected: " + line);
      }
      boolean verb = c[1].equals("verb");
      Trigger t = new Trigger(c[0], verb, Kind.valueOf(c[2].toUpperCase(Locale.ROOT)));
      for (String form : c[3].split(" ")) {
        (verb ? verbs : nouns).put(form, t);
      }
    }
  }

  /** The shipped lexicon. */
  public static InteractionLexicon shipped() {
    return SHIPPED;
  }

  /** The verb trigger with this form (lower case), or null. */
  public Trigger verb(String form) {
    return verbs.get(form);
  }

  /** The noun trigger with this form (lower case), or null. */
  public Trigger noun(String form) {
    return nouns.get(form);
  }

  /** Whether a form can be a trigger at all (to choose the sentences worth parsing). */
  public boolean any(String form) {
    return verbs.containsKey(form) || nouns.containsKey(form);
  }
}
