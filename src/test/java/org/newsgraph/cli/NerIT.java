package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.nlp.NameFinderTraining;

/** {@code ner eval} scores per type; {@code ner train} gives the same model from the same data. */
class NerIT {
  private static final Path SAMPLE = Path.of("src/test/resources/ner/sample.opennlp").toAbsolutePath();

  @TempDir
  Path dir;

  @Test
  void evalPrintsCountsAndRatiosPerTypeForTheShippedModel() {
    Cli.Run r = Cli.run("ner", "eval", SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.lines().get(0).matches("file\\s+type\\s+tp\\s+fp\\s+fn\\s+P\\s+R\\s+F1"), r.out());
    assertEquals(5, r.lines().size(), r.out());
    assertRow(r.out(), "location", 3, 1, 0);
    assertRow(r.out(), "organization", 2, 0, 0);
    assertRow(r.out(), "person", 8, 0, 0);
    assertRow(r.out(), "overall", 13, 1, 0);
    assertTrue(r.out().contains(" 0.750   1.000   0.857"), r.out());
  }

  @Test
  void evalRejectsAMissingOrMalformedFile() throws IOException {
    Cli.Run missing = Cli.run("ner", "eval", dir.resolve("nope.opennlp").toString());
    assertEquals(ExitCodes.IO, missing.code(), missing.out());
    assertTrue(missing.err().contains("nope.opennlp"), missing.err());
    Path bad = dir.resolve("bad.opennlp");
    Files.writeString(bad, "Anna Berg met <START:person> Tom Hale <END> .\n\n<START:person> Anna Berg met Tom Hale .\n",
        StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("ner", "eval", bad.toString());
    assertEquals(ExitCodes.DATA, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("bad.opennlp:3: <START> without <END>"), r.err());
    Files.write(bad, new byte[] {'A', ' ', (byte) 0xC3, '.', '\n'});
    Cli.Run latin = Cli.run("ner", "eval", bad.toString());
    assertEquals(ExitCodes.DATA, latin.code(), latin.err());
    assertTrue(latin.err().contains("not UTF-8"), latin.err());
  }

  @Test
  void trainingTwiceOnTheSameDataGivesTheSameWeights() throws IOException {
    Path data = dir.resolve("train");
    for (String f : NameFinderTraining.TRAINING_FILES) {
      Path p = data.resolve(f.split(":")[0]);
      Files.createDirectories(p.getParent());
      Files.copy(SAMPLE, p);
    }
    Path a = dir.resolve("a.bin");
    Path b = dir.resolve("b.bin");
    for (Path out : new Path[] {a, b}) {
      Cli.Run r = Cli.run("ner", "train", "--data", data.toString(), "--output", out.toString(),
          "--iterations", "5", "--threads", "1");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("model: " + out), r.out());
    }
    assertArrayEquals(entry(a, "nameFinder.model"), entry(b, "nameFinder.model"));
    Cli.Run own = Cli.run("ner", "eval", "--model", a.toString(), SAMPLE.toString());
    assertEquals(0, own.code(), own.err());
    assertRow(own.out(), "person", 8, 0, 0);
    Files.delete(data.resolve(NameFinderTraining.TRAINING_FILES.get(0).split(":")[0]));
    Cli.Run missing = Cli.run("ner", "train", "--data", data.toString(), "--output", dir.resolve("c.bin").toString());
    assertEquals(ExitCodes.IO, missing.code(), missing.out());
    assertTrue(missing.err().contains("training file not found"), missing.err());
    assertTrue(Files.notExists(dir.resolve("c.bin")));
  }

  private static void assertRow(String out, String type, int tp, int fp, int fn) {
    String row = out.lines().filter(l -> l.split("\\s+").length > 1 && l.split("\\s+")[1].equals(type))
        .findFirst().orElseThrow(() -> new AssertionError("no row for " + type + " in\n" + out));
    String[] c = row.trim().split("\\s+");
    assertEquals(tp + " " + fp + " " + fn, c[2] + " " + c[3] + " " + c[4], row);
  }

  private static byte[] entry(Path zip, String name) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      return z.getInputStream(z.getEntry(name)).readAllBytes();
    }
  }

  @Test
  void clustersAreComputedFromTheSharedTextsButNeverFromTestFiles() throws IOException {
    Path shared = dir.resolve("shared");
    StringBuilder voa = new StringBuilder();
    String[] people = {"Putin", "Obama", "Merkel", "Abe", "Modi", "Macron", "Erdogan", "Zuma"};
    for (int i = 0; i < 12; i++) {
      for (String p : people) {
        voa.append("President ").append(p).append(" said on Monday that talks went well in round ").append(i)
            .append(". ");
      }
      voa.append('\n');
    }
    Files.createDirectories(shared.resolve("corpus/voa"));
    Files.writeString(shared.resolve("corpus/voa/voa-1.txt"), voa);
    Files.createDirectories(shared.resolve("ner/train"));
    Files.copy(SAMPLE, shared.resolve("ner/train/sample.opennlp"));
    Files.createDirectories(shared.resolve("ner/eval"));
    Files.writeString(shared.resolve("ner/eval/held.opennlp"), "Zelensky ".repeat(20) + ".\n");
    Files.createDirectories(shared.resolve("ud"));
    Files.writeString(shared.resolve("ud/en_ewt-ud-test.conllu"), "1\tZelensky\t_\n\n".repeat(20));
    Path out = dir.resolve("clusters.txt");
    Cli.Run r = Cli.run("ner", "clusters", "--shared", shared.toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("words: " + lines.size(), r.lines().get(0));
    assertTrue(lines.stream().anyMatch(l -> l.matches("[01]+\tPutin\t\\d+")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("Zelensky")), lines.toString());
    // the names share a path that the function words do not
    String putin = lines.stream().filter(l -> l.contains("\tPutin\t")).findFirst().orElseThrow().split("\t")[0];
    String merkel = lines.stream().filter(l -> l.contains("\tMerkel\t")).findFirst().orElseThrow().split("\t")[0];
    String said = lines.stream().filter(l -> l.contains("\tsaid\t")).findFirst().orElseThrow().split("\t")[0];
    assertEquals(putin, merkel);
    assertTrue(!putin.equals(said));
    Cli.Run missing = Cli.run("ner", "clusters", "--shared", dir.resolve("none").toString(), "--output",
        out.toString());
    assertEquals(ExitCodes.IO, missing.code(), missing.err());
  }
}
