package org.newsgraph.parse;

import org.newsgraph.doc.DependencyTree;

/**
 * Parses one tagged sentence into a dependency tree. Implementations are thread-safe over an immutable model.
 *
 * <pre>
 * DependencyParser p = MaltDependencyParser.shipped();
 * DependencyTree t = p.parse(new String[] {"Rice", "met", "Putin"}, new String[] {"PROPN", "VERB", "PROPN"});
 * </pre>
 */
public interface DependencyParser {
  /** The tree of these words with their UPOS tags; an unchecked exception when the parser fails. */
  DependencyTree parse(String[] words, String[] tags);
}
