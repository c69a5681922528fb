package org.newsgraph.doc;

/**
 * The key of a person within one document: the slug of their fullest name ("vladimir-putin"), or of a description
 * that no name resolved ("the-president-elect"). It names the document-local person's IRI.
 *
 * <pre>
 * PersonKey k = PersonKey.of("vladimir-putin");
 * </pre>
 *
 * @param value the slug
 */
public record PersonKey(String value) implements Comparable<PersonKey> {
  public PersonKey {
    if (value == null || value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException("a person key is a non-blank slug: '" + value + "'");
    }
  }

  /** The key with this slug. */
  public static PersonKey of(String value) {
    return new PersonKey(value);
  }

  @Override
  public int compareTo(PersonKey o) {
    return value.compareTo(o.value);
  }

  /** The slug itself, as it appears in IRIs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
