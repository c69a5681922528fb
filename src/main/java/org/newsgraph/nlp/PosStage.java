package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import opennlp.tools.postag.POSTaggerME;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Layer;
import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Stage;

/** Tags parts of speech. */
public final class PosStage implements Stage {
  private final ThreadLocal<POSTaggerME> me;
  private final Limits limits;

  /** Over the shared model. */
  public PosStage(NlpModels models, Limits limits) {
    this.me = ThreadLocal.withInitial(() -> new POSTaggerME(models.pos()));
    this.limits = limits;
  }

  @Override
  public String name() {
    return "pos";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.POS);
  }

  @Override
  public void annotate(Document doc) {
    long deadline = System.nanoTime() + limits.stageMillis() * 1_000_000L;
    int skipped = 0;
    int tokens = 0;
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    for (Sentence s : sentences) {
      tokens += s.size();
      if (System.nanoTime() > deadline) {
        String[] none = new String[s.size()];
        Arrays.fill(none, "X");
        s.setTags(none);
        skipped++;
      } else {
        s.setTags(me.get().tag(s.tokens()));
      }
    }
    if (skipped > 0) {
      doc.warn("degraded: pos stage ran out of its " + limits.stageMillis() + " ms; " + skipped
          + " sentence(s) untagged");
    }
    doc.set(Annotations.POS, new Layer(sentences.size(), tokens, skipped));
  }
}
