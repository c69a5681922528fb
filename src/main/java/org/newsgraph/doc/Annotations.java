package org.newsgraph.doc;

import java.util.List;

/** The annotation keys that pipeline stages declare and produce. */
public final class Annotations {
  private Annotations() {
  }

  /** Sentences with their spans. */
  public static final Key<List<Sentence>> SENTENCES = Key.of("sentences", List.class);
  /** Tokens, stored on each sentence; the value counts sentences, tokens and sentences cut into windows. */
  public static final Key<Layer> TOKENS = Key.of("tokens", Layer.class);
  /** POS tags, stored on each sentence; the value counts sentences, tokens tagged and sentences left untagged. */
  public static final Key<Layer> POS = Key.of("pos", Layer.class);
  /** Statistical name-finder spans, as mentions of type PERSON, LOCATION, ORGANIZATION (and NORP as COUNTRY). */
  public static final Key<List<Mention>> NAMES = Key.of("names", List.class);
  /** All mentions after rules: people, descriptions, pronouns, countries, places, organizations, roles. */
  public static final Key<List<Mention>> MENTIONS = Key.of("mentions", List.class);
  /**
   * Dependency parses, stored on the sentences that can yield a relation; the value counts sentences, sentences
   * parsed and sentences that failed or ran past the budget.
   */
  public static final Key<Layer> PARSES = Key.of("parses", Layer.class);
  /** Organizations within the document: their mentions, short forms and countries. */
  public static final Key<List<OrganizationEntity>> ORGANIZATIONS = Key.of("organizations", List.class);
  /** People within the document, after in-document resolution. */
  public static final Key<List<PersonEntity>> PEOPLE = Key.of("people", List.class);
  /** Extracted facts. */
  public static final Key<Facts> FACTS = Key.of("facts", Facts.class);
  /** The article's topics (IPTC Media Topics) and the concepts that its events and quotes discuss. */
  public static final Key<Topics> TOPICS = Key.of("topics", Topics.class);
}
