package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsgraph.NewsPipeline;
import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;

class PipelineTest {
  static Stage stage(String name, Set<Key<?>> requires, Set<Key<?>> produces) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Key<?>> requires() {
        return requires;
      }

      @Override
      public Set<Key<?>> produces() {
        return produces;
      }

      @Override
      public void annotate(Document doc) {
      }
    };
  }

  @Test
  void aStageBeforeWhatItNeedsIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.builder()
        .add(stage("pos", Set.of(Annotations.TOKENS), Set.of(Annotations.POS)))
        .add(stage("tokens", Set.of(), Set.of(Annotations.TOKENS))).build());
    assertEquals("stage pos requires tokens, which no earlier stage produces", e.getMessage());
  }

  @Test
  void theStandardPipelineIsInOrderAndProducesEveryDeclaredAnnotation() {
    Pipeline p = NewsPipeline.create().build();
    assertEquals(List.of("sentences", "tokens", "pos", "names", "mentions", "people", "relations"),
        p.stages().stream().map(Stage::name).toList());
    Document d = new Document("t", "President Ana Lima met Prime Minister Rui Costa in Lisbon.", null, null, null);
    for (Stage s : p.stages()) {
      for (Key<?> k : s.requires()) {
        org.junit.jupiter.api.Assertions.assertTrue(d.has(k), s.name() + " ran without " + k);
      }
      s.annotate(d);
      for (Key<?> k : s.produces()) {
        org.junit.jupiter.api.Assertions.assertTrue(d.has(k), s.name() + " did not produce " + k);
      }
    }
    assertEquals(1, d.get(Annotations.FACTS).interactions.size());
  }
}
