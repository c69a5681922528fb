package org.newsgraph.nlp;

import java.util.List;

import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Stage;

/**
 * The OpenNLP stages: sentences, tokens, POS tags and names. Each holds one ME instance per thread over
 * the shared immutable models, since the ME classes of OpenNLP 2.5 are not thread-safe.
 *
 * <pre>
 * List&lt;Stage&gt; stages = NlpStages.all(NlpModels.load(null, null), Limits.DEFAULT);
 * </pre>
 */
public final class NlpStages {
  private NlpStages() {
  }

  /** The four stages in order, over these models and limits. */
  public static List<Stage> all(NlpModels models, Limits limits) {
    return List.of(new SentenceStage(models), new TokenStage(models, limits), new PosStage(models, limits),
        new NameStage(models, limits));
  }

  /** The text covered by tokens {@code [start, end)} of a sentence. */
  public static String text(Sentence s, int start, int end, String docText) {
    return docText.substring(s.tokenSpans()[start].getStart(), s.tokenSpans()[end - 1].getEnd());
  }
}
