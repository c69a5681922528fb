package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions at the size of a real archive: the whole VOA corpus (2,398 public-domain documents of
 * {@code ../shared/corpus/voa}, about 1.2 million quads; {@code src/test/resources/voa-corpus.jsonl.gz}) is ingested,
 * and {@code bench --queries} times every {@code ask} form and five SPARQL queries with names sampled from the
 * store. No form may need more than 2 s, and "Who met whom?" no more than 1 s (issue 15; the figures that
 * {@code bench} measures, p50 about 20 ms, are in the README). A bound this loose holds on a busy machine and still
 * fails on a query that scans the store.
 */
class QueriesAtScaleIT {
  private static final Pattern ROW = Pattern.compile("^(.*?)\\s+runs\\s+\\d+\\s+p50\\s+([\\d.]+) ms\\s+"
      + "p95\\s+([\\d.]+) ms\\s+p99\\s+([\\d.]+) ms\\s+max\\s+([\\d.]+) ms");

  @TempDir
  Path dir;

  @Test
  void everyQuestionAnswersWithinTwoSecondsOnTheWholeVoaCorpus() {
    Path store = dir.resolve("voa");
    Cli.Run in = Cli.run(store, "ingest", "--no-compact", Path.of("src/test/resources/voa-corpus.jsonl.gz")
        .toString());
    assertEquals(0, in.code(), in.err());
    assertEquals(2398, Cli.value(in.out(), "documents"));
    assertTrue(Cli.value(in.out(), "quads") > 1_000_000, in.out());
    Cli.Run b = Cli.run("bench", "--queries", "--store", store.toString(), "--runs", "20");
    assertEquals(0, b.code(), b.err());
    List<String> slow = new ArrayList<>();
    int forms = 0;
    for (String line : b.lines()) {
      Matcher m = ROW.matcher(line);
      if (!m.find()) {
        continue;
      }
      forms++;
      double max = Double.parseDouble(m.group(5));
      double limit = m.group(1).startsWith("Who met whom?") ? 1000 : 2000;
      if (max > limit) {
        slow.add(line);
      }
    }
    assertTrue(forms >= 13, "every ask form and five SPARQL queries are timed:\n" + b.out());
    assertEquals(List.of(), slow);
  }
}
