package org.newsgraph.extract;

import org.newsgraph.lexicon.Gazetteers;

/**
 * One family of relations (roles, meetings and contacts, quotes, …): creates the family's {@link Rules} over one
 * document. Families are registered in {@link FactStage}; a new relation type is one new {@link Rules} subclass,
 * its test and one registration ({@code NewFamily::new}).
 */
@FunctionalInterface
interface RelationFamily {
  /** The family's rules over this document. */
  Rules start(DocumentContext context, Gazetteers gaz);
}
