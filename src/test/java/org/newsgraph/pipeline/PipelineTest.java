package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
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
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aValueOfTheWrongTypeIsRefused() {
    Document d = new Document("t", "text", null, null, null);
    Key raw = Annotations.FACTS;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.set(raw, "not facts"));
    assertEquals("annotation facts takes a Facts, not a String", e.getMessage());
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
    assertEquals(List.of("sentences", "tokens", "pos", "names", "mentions", "organizations", "people", "parse",
        "relations", "topics"),
        p.stages().stream().map(Stage::name).toList());
    Document d = new Document("t", "President Ana Lima met Prime Minister Rui Costa in Lisbon.", null, null, null);
    for (Stage s : p.stages()) {
      for (Key<?> k : s.requires()) {
        Assertions.assertTrue(d.has(k), s.name() + " ran without " + k);
      }
      s.annotate(d);
      for (Key<?> k : s.produces()) {
        Assertions.assertTrue(d.has(k), s.name() + " did not produce " + k);
      }
    }
    assertEquals(1, d.get(Annotations.FACTS).interactions.size());
  }

  /**
   * Every stage of the standard pipeline reads only what it declares it requires (or produces), and writes only
   * what it declares it produces; a recording document sees every access.
   */
  @Test
  void everyStageDeclaresWhatItReadsAndWrites() {
    Pipeline p = NewsPipeline.create().build();
    Document d = new Document("t", "President Ana Lima met Prime Minister Rui Costa in Lisbon on Monday. \"We agreed,\""
        + " Lima said. She later phoned him.", null, null, null);
    for (Stage s : p.stages()) {
      Set<Key<?>> reads = new HashSet<>();
      Set<Key<?>> writes = new HashSet<>();
      d.watch((k, write) -> (write ? writes : reads).add(k));
      s.annotate(d);
      for (Key<?> k : reads) {
        Assertions.assertTrue(s.requires().contains(k) || s.produces().contains(k),
            s.name() + " reads " + k.name() + " without declaring it");
      }
      for (Key<?> k : writes) {
        Assertions.assertTrue(s.produces().contains(k), s.name() + " writes " + k.name()
            + " without declaring it");
      }
    }
  }
}
