package org.newsgraph.parse;

import java.util.Set;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Layer;
import org.newsgraph.pipeline.Stage;

/**
 * Stands in for {@link ParseStage} when parsing is turned off ({@code eval --no-parse}, to measure what the parser
 * adds): it parses nothing, so every sentence is read by the token rules alone.
 */
public final class NoParseStage implements Stage {
  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.PARSES);
  }

  @Override
  public void annotate(Document doc) {
    // every sentence is left to the token rules
    doc.set(Annotations.PARSES, new Layer(doc.get(Annotations.SENTENCES).size(), 0, 0));
  }
}
