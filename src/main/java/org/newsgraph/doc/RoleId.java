package org.newsgraph.doc;

/**
 * A role (a title or post) by its ID: a role of the lexicon ("foreign-minister"), or one composed from the title as
 * written ("information-minister", a kind of "minister"). It names the role's IRI.
 *
 * <pre>
 * RoleId fm = RoleId.of("foreign-minister");
 * </pre>
 *
 * @param value the ID: lower-case words joined by hyphens
 */
public record RoleId(String value) implements Comparable<RoleId> {
  public RoleId {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a role ID is one word or hyphenated words: '" + value + "'");
    }
  }

  /** The role with this ID. */
  public static RoleId of(String value) {
    return new RoleId(value);
  }

  /** The role, or null for null: a deputy form is no kind of its main title. */
  public static RoleId ofNullable(String value) {
    return value == null ? null : new RoleId(value);
  }

  @Override
  public int compareTo(RoleId o) {
    return value.compareTo(o.value);
  }

  /** The ID itself, as it appears in IRIs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
