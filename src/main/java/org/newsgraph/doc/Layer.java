package org.newsgraph.doc;

/**
 * What a stage that annotates the sentences in place (tokens, tags, parses) did to them: the value of its
 * annotation key. The sentences carry the annotations themselves; the key says that the layer is there, and
 * how much of the document it covers, so that a later stage can rely on it and a report can count it.
 *
 * <pre>
 * doc.set(Annotations.TOKENS, new Layer(sentences.size(), tokens, 0));
 * </pre>
 *
 * @param sentences the sentences the layer covers
 * @param units the tokens tokenized or tagged, or the sentences parsed
 * @param degraded the units left out: sentences cut into windows, sentences untagged or unparsed past the
 *     stage's budget or after a failure
 */
public record Layer(int sentences, int units, int degraded) {
  public Layer {
    if (sentences < 0 || units < 0 || degraded < 0) {
      throw new IllegalArgumentException("negative count in layer: " + sentences + ", " + units + ", " + degraded);
    }
  }
}
