package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IngesterBatchesTest {
  private static List<Integer> sizes(int n, int batch) {
    List<Integer> items = IntStream.range(0, n).boxed().toList();
    List<List<Integer>> parts = Ingester.batches(items, batch);
    assertEquals(items, parts.stream().flatMap(List::stream).toList(), "every item once, in order");
    return parts.stream().map(List::size).toList();
  }

  @Test
  void fullBatchesThenTheRestInQuarterBatches() {
    assertEquals(List.of(500, 500, 500, 500, 125, 125, 125, 23), sizes(2398, 500));
    assertEquals(List.of(500, 500, 500, 100), sizes(1600, 500));
    assertEquals(List.of(4, 4, 1, 1, 1), sizes(11, 4));
    assertEquals(List.of(2), sizes(2, 500));
    assertEquals(List.of(1, 1, 1), sizes(3, 1));
    assertEquals(List.of(), sizes(0, 500));
  }
}
