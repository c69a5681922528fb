package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.pipeline.Stage;

/**
 * Extracts the facts of a document by running the relation families in order: roles (and the countries their
 * titles name), coreference (descriptions and pronouns, which need the roles), quotes (and first-person pronouns
 * inside them), meetings and contacts, then the countries that meetings imply.
 *
 * <pre>
 * Stage s = new FactStage(Gazetteers.shipped());
 * </pre>
 */
public final class FactStage implements Stage {
  /** The relation families, in the order they run; a new family is one more entry. */
  private static final List<RelationFamily> FAMILIES = List.of(RoleRelations::new, Coreference::new,
      QuoteRelations::new, MeetingRelations::new, RepresentsRelations::new, LeadDescriptions::new);

  private final Gazetteers gaz;

  /** The standard families over these lexicons. */
  public FactStage(Gazetteers gaz) {
    this.gaz = gaz;
  }

  @Override
  public String name() {
    return "relations";
  }

  /**
   * Reads the mentions, the organizations, the people and the parses (a sentence without a tree is read by the token
   * rules).
   */
  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.MENTIONS, Annotations.ORGANIZATIONS, Annotations.PEOPLE,
        Annotations.PARSES);
  }

  /** Writes the facts, and the people again: descriptions may add people of their own. */
  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.FACTS, Annotations.PEOPLE);
  }

  @Override
  public void annotate(Document doc) {
    DocumentContext c = new DocumentContext(doc);
    for (RelationFamily f : FAMILIES) {
      f.start(c, gaz).run();
    }
    doc.set(Annotations.PEOPLE, c.people());
    doc.set(Annotations.FACTS, c.facts());
  }
}
