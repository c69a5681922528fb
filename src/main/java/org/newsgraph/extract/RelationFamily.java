package org.newsgraph.extract;

/**
 * One family of relations (roles, meetings and contacts, quotes, …): it reads the shared {@link DocumentContext}
 * and adds its facts there. Families run in the order they are registered in {@link FactStage}, so a later family
 * sees what the earlier ones resolved. A new relation type is one new family, its test and one registration.
 */
public interface RelationFamily {
  /** A short name for messages. */
  String name();

  /** Adds this family's facts (and resolutions) to the context. */
  void extract(DocumentContext context);
}
