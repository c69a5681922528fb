package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every question form of {@code ask}, over the seeds. */
class AskIT {
  @TempDir
  static Path dir;
  static Path store;

  @BeforeAll
  static void ingest() {
    store = dir.resolve("store");
    assertEquals(0, Cli.run(store, "ingest", Cli.seeds().toString()).code());
  }

  static List<String> tsv(String question) {
    Cli.Run r = Cli.run(store, "ask", "--format", "tsv", question);
    assertEquals(0, r.code(), r.err());
    return r.lines();
  }

  @Test
  void whoMetWhomGivesExactlyTheFourSeedPairsWithEvidence() {
    List<String> lines = tsv("Who met whom?");
    assertEquals("person1\tperson2\tevidence\tdocuments\tevents", lines.get(0));
    List<String> pairs = lines.subList(1, lines.size()).stream()
        .map(l -> l.split("\t")[0] + "–" + l.split("\t")[1]).toList();
    assertEquals(List.of("Condoleezza Rice–Dmitry Medvedev", "Condoleezza Rice–Vladimir Putin",
        "Dmitry Medvedev–Robert Gates", "Robert Gates–Vladimir Putin"), pairs);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t");
      assertTrue(c[2].length() > 20, "evidence sentence: " + l);
      assertTrue(c[3].contains("cbs-putin-rice-missile") && c[3].contains("nysun-putin-framework"), l);
    }
  }

  @Test
  void whoTalkedToPutinGivesBushByLetterAndPhone() {
    List<String> lines = tsv("Who talked to Putin?");
    assertEquals(2, lines.size(), String.join("\n", lines));
    String[] row = lines.get(1).split("\t");
    assertEquals("Vladimir Putin", row[0]);
    assertEquals("Bush", row[1]);
    assertTrue(row[4].contains("letter") && row[4].contains("telephone"), lines.get(1));
  }

  @Test
  void whoMetX() {
    List<String> lines = tsv("Who met Medvedev?");
    assertEquals(List.of("Condoleezza Rice", "Robert Gates"),
        lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[1]).toList());
    assertEquals(lines, tsv("Whom did Dmitry Medvedev meet?"));
  }

  @Test
  void whatRoleDoesXHave() {
    List<String> lines = tsv("What role does Gates have?");
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("Robert Gates\tdefense secretary\t"), lines.get(1));
    List<String> who = tsv("Who is Morrell?");
    assertTrue(who.get(1).startsWith("Geoff Morrell\tspokesman\tUnited States"), who.get(1));
  }

  @Test
  void whoWorksForAnOrganizationByNameOrShortForm() {
    List<String> lines = tsv("Who works for the Pentagon?");
    assertEquals(2, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("Geoff Morrell\tPentagon\tpentagon spokesman\t"), lines.get(1));
    assertEquals(lines, tsv("Who works for the Defense Department?"));
    assertEquals(1, tsv("Who works for the Red Cross?").size());
    List<String> who = tsv("Who is Geoff Morrell?");
    assertEquals("Pentagon", who.get(1).split("\t")[3], who.get(1));
  }

  @Test
  void whoRepresentsCountry() {
    List<String> names = tsv("Who represents the United States?").stream().skip(1).map(l -> l.split("\t")[0])
        .sorted().toList();
    assertEquals(List.of("Bush", "Condoleezza Rice", "Geoff Morrell", "Robert Gates"), names);
    List<String> russia = tsv("Who represents Russia?").stream().skip(1).map(l -> l.split("\t")[0]).sorted().toList();
    assertEquals(List.of("Dmitry Medvedev", "Vladimir Putin"), russia);
  }

  @Test
  void whatIssuesDidXDiscuss() {
    List<String> lines = tsv("What issues did Rice discuss?");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Condoleezza Rice\tmissile defense\t")),
        String.join("\n", lines));
  }

  @Test
  void whatIssuesDidXDiscussAnswersWithIptcCodes() {
    List<String> lines = tsv("What issues did Gates discuss?");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Robert Gates\tmissile defense\tngi:missile-defense\t")),
        String.join("\n", lines));
  }

  /** A topic is asked by label, altLabel or code, and includes its narrower concepts. */
  @Test
  void whoDiscussedTopic() {
    List<String> byLabel = tsv("Who discussed missile defense?");
    List<String> byBroader = tsv("Who discussed military weaponry and equipment?");
    List<String> byCode = tsv("Who discussed medtop:20000602?");
    assertTrue(byLabel.stream().anyMatch(l -> l.startsWith("Vladimir Putin\tmissile defense\t")),
        String.join("\n", byLabel));
    assertEquals(byLabel, byBroader);
    assertEquals(byLabel, byCode);
  }

  @Test
  void whichMeetingsWereAboutTopic() {
    List<String> lines = tsv("Which meetings were about the missile shield?");
    assertTrue(lines.size() >= 3, String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("personA\tpersonB\ttype\tissue\tcode"), lines.get(0));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("\tngi:missile-defense\t")), String.join("\n", lines));
    Cli.Run none = Cli.run(store, "ask", "Which meetings were about knitting?");
    assertEquals(65, none.code(), "a question the store cannot answer is a data error");
    assertTrue(none.err().contains("no issue called \"knitting\""), none.err());
  }

  @Test
  void whatDidXSay() {
    List<String> lines = tsv("What did Medvedev say?");
    assertTrue(lines.contains("Dmitry Medvedev\tWe'll see.\tcbs-putin-rice-missile"), String.join("\n", lines));
    assertTrue(lines.size() >= 4);
  }

  @Test
  void whereAndWhenDidXMeetY() {
    List<String> lines = tsv("Where and when did Rice meet Putin?");
    assertTrue(lines.size() >= 3, String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\tTuesday\t")), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("person\tcounterpart\tplace\ttime"));
  }

  @Test
  void plannedMeetingsAreNotMeetingsUnlessAsked() {
    Path s = dir.resolve("planned");
    Path doc = dir.resolve("planned.txt");
    try {
      Files.writeString(doc, "Prime Minister Alan Brook will meet President Carla Mendes on Friday."
          + " Mendes refused to meet Foreign Minister Omar Haddad.\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(0, Cli.run(s, "ingest", doc.toString()).code());
    Cli.Run happened = Cli.run(s, "ask", "--format", "tsv", "Who met whom?");
    assertEquals(1, happened.lines().size(), happened.out());
    Cli.Run all = Cli.run(s, "ask", "--all", "--format", "tsv", "Who met whom?");
    assertEquals(3, all.lines().size(), all.out());
  }

  @Test
  void explainShowsTheQueryWithTheBoundValue() {
    Cli.Run r = Cli.run(store, "ask", "--explain", "Who met Putin?");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\"putin\""), r.out());
    assertTrue(r.out().contains("SELECT"), r.out());
  }

  @Test
  void anUnknownQuestionListsTheKnownForms() {
    Cli.Run r = Cli.run(store, "ask", "How tall is the Kremlin?");
    assertEquals(ExitCodes.DATA, r.code());
    assertTrue(r.err().contains("question not understood"), r.err());
    assertTrue(r.err().contains("Who met whom?") && r.err().contains("What did X say?"), r.err());
  }

  @Test
  void injectionStringsReturnWhatAPlainLookupReturns() {
    long quads = Cli.value(Cli.run(store, "stats").out(), "quads");
    for (String evil : List.of("Obama\" || \"a\" = \"a", "\"} ; DROP ALL ; #", "\\u0022 || true",
        "<http://x> } INSERT DATA {", "x".repeat(400), "Putin\nDROP ALL", "Putin\u0000")) {
      Cli.Run r = Cli.run(store, "ask", "--format", "tsv", "Who met " + evil + "?");
      assertTrue(r.code() == 0 || r.code() == ExitCodes.DATA, r.err());
      if (r.code() == 0) {
        assertTrue(r.lines().size() <= 1 || evil.startsWith("Putin"), evil + " gave\n" + r.out());
      }
      assertTrue(!r.err().contains("Exception"), r.err());
    }
    assertEquals(quads, Cli.value(Cli.run(store, "stats").out(), "quads"));
  }
}
