package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench}: every pass is reported, repeated runs are summed up by their fastest, bad options are usage errors.
 */
class BenchIT {
  @TempDir
  Path dir;

  @Test
  void reportsBothPassesPerThreadCountAndTheFastestRuns() {
    Cli.Run r = Cli.run("bench", "--threads", "1,2", "--repeat", "2", Cli.seeds().toString());
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("corpus: " + Cli.seeds() + " (2 documents)"), out);
    assertTrue(Pattern.compile("\njvm: .+; collectors .+; max heap \\d+ MB; \\d+ cores\n").matcher(out).find(), out);
    assertEquals(4, count(out, "bare OpenNLP, \\d thread\\(s\\): 2 docs in"), out);
    assertEquals(4, count(out, "full ingest, \\d thread\\(s\\): 2 docs in"), out);
    assertEquals(4, count(out, "  quads: [1-9]\\d+ "), out);
    assertEquals(4, count(out, "  parsed: \\d+ of \\d+ sentences"), out);
    assertEquals(1, count(out, "run 2 of 2:\nbare OpenNLP, 1 thread"), out);
    assertTrue(out.contains("fastest of 2 runs:\n  1 thread(s): bare "), out);
    assertTrue(out.contains("\n  2 thread(s): bare "), out);
    assertTrue(Pattern.compile("speedup 2 threads / 1 thread\\(s\\): \\d+\\.\\d\\d \\(bare pass: \\d+\\.\\d\\d\\)")
        .matcher(out).find(), out);
    Matcher heap = Pattern.compile("peak heap: (\\d+) MB").matcher(out);
    assertTrue(heap.find() && Long.parseLong(heap.group(1)) > 0, out);
  }

  @Test
  void badOptionsAreUsageErrorsAndAnEmptyCorpusIsBadInput() throws Exception {
    assertEquals(ExitCodes.USAGE, Cli.run("bench", "--repeat", "0", Cli.seeds().toString()).code());
    assertEquals(ExitCodes.USAGE, Cli.run("bench", "--threads", "0", Cli.seeds().toString()).code());
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli.Run r = Cli.run("bench", empty.toString());
    assertEquals(ExitCodes.DATA, r.code(), r.out());
    assertTrue(r.err().contains("no documents"), r.err());
  }

  /**
   * {@code bench --queries} on a store of real news (the 32 VOA documents of {@code dev/voa} and the 18 of the people
   * test): every ask form and every SPARQL query is reported, and none takes 2 s, even in its worst run.
   */
  @Test
  void everyQuestionFormIsTimedAndNoneTakesTwoSeconds() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    for (Path from : new Path[] {Path.of("dev/voa"), Path.of("src/test/resources/voa-people")}) {
      try (var files = Files.list(from)) {
        for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Cli.Run r = Cli.run("bench", "--queries", "--runs", "20", "--store", dir.resolve("s").toString(),
        corpus.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(14, count(r.out(), "\nask: "), "every form, the topic and organization questions included: "
        + r.out());
    assertEquals(5, count(r.out(), "\nsparql: "), r.out());
    Matcher max = Pattern.compile("max +(\\d+\\.\\d) ms").matcher(r.out());
    int rows = 0;
    while (max.find()) {
      rows++;
      assertTrue(Double.parseDouble(max.group(1)) < 2000, r.out());
    }
    assertEquals(19, rows, r.out());
    assertEquals(ExitCodes.USAGE, Cli.run("bench", "--queries", "--runs", "0", "--store", dir.resolve("s").toString())
        .code());
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
