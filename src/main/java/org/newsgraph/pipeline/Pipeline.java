package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;

/**
 * An ordered list of stages, checked when built: each stage's requirements must be produced by an
 * earlier stage. Thread-safe when its stages are; keeps the time spent in each stage.
 *
 * <pre>
 * Pipeline p = Pipeline.builder().add(new SentenceStage(models)).add(new TokenStage(models, Limits.DEFAULT))
 *     .build();
 * p.annotate(doc);
 * </pre>
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Map<String, AtomicLong> nanos = new LinkedHashMap<>();

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    for (Stage s : stages) {
      nanos.put(s.name(), new AtomicLong());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs every stage over the document. */
  public void annotate(Document doc) {
    for (Stage s : stages) {
      long t0 = System.nanoTime();
      s.annotate(doc);
      nanos.get(s.name()).addAndGet(System.nanoTime() - t0);
    }
  }

  /** The stages, in order. */
  public List<Stage> stages() {
    return stages;
  }

  /** Milliseconds spent in each stage so far, summed over threads. */
  public Map<String, Long> timings() {
    Map<String, Long> m = new LinkedHashMap<>();
    nanos.forEach((k, v) -> m.put(k, v.get() / 1_000_000));
    return m;
  }

  /** Builds a {@link Pipeline}. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    /** Appends a stage. */
    public Builder add(Stage s) {
      stages.add(s);
      return this;
    }

    /** Checks that every requirement is produced earlier, then builds. */
    public Pipeline build() {
      Set<Key<?>> have = new HashSet<>();
      for (Stage s : stages) {
        for (Key<?> k : s.requires()) {
          if (!have.contains(k)) {
            throw new IllegalStateException(
                "stage " + s.name() + " requires " + k.name() + ", which no earlier stage produces");
          }
        }
        have.addAll(s.produces());
      }
      return new Pipeline(stages);
    }
  }
}
