package org.newsgraph.doc;

import java.util.Objects;

/**
 * A span of text that names something: tokens {@code [start, end)} of one sentence.
 *
 * @param type what the mention names
 * @param sentence sentence index
 * @param start first token
 * @param end token after the last
 * @param text the surface text
 * @param ref the normalized reference: a person's name key, a country code, a role or issue ID
 * @param source the rule or model that found it
 */
public record Mention(MentionType type, int sentence, int start, int end, String text, String ref,
    String source) {

  /** Checks the fields. */
  public Mention {
    Objects.requireNonNull(type);
    Objects.requireNonNull(text);
    Objects.requireNonNull(ref);
    Objects.requireNonNull(source);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
  }

  /** Whether the two mentions share a token. */
  public boolean overlaps(Mention other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }
}
