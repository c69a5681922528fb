package org.newsgraph.doc;

/** What a mention names. */
public enum MentionType {
  /** A person's name. */
  PERSON,
  /** A definite description of a person by title ("the president-elect"). */
  DESCRIPTION,
  /** A personal pronoun resolved to a person. */
  PRONOUN,
  /** A country, by name, abbreviation or demonym. */
  COUNTRY,
  /** Another place. */
  LOCATION,
  /** An organization. */
  ORGANIZATION,
  /** A title or position ("Secretary of State"). */
  ROLE
}
