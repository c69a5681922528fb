package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A gold file: tab-separated {@code doc relation arg1 [arg2]}; {@code #} starts a comment; {@code |}
 * separates accepted spellings of an argument, the first being canonical; doc {@code *} is the corpus.
 *
 * <pre>
 * List&lt;GoldFile.Fact&gt; gold = GoldFile.read(Path.of("gold/seeds.tsv"));
 * </pre>
 */
public final class GoldFile {
  private GoldFile() {
  }

  /** Relations whose two arguments are unordered. */
  public static final Set<String> SYMMETRIC = Set.of("met", "contact");

  /** One gold fact; {@code args.get(i)} lists the accepted spellings of argument i. */
  public record Fact(String doc, String relation, List<List<String>> args, int line) {
    /** The canonical form, for messages. */
    public String show() {
      StringBuilder sb = new StringBuilder();
      for (List<String> a : args) {
        sb.append(sb.length() == 0 ? "" : " — ").append(a.get(0));
      }
      return sb.toString();
    }
  }

  /** A malformed gold file. */
  public static final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error at a line. */
    public FormatException(String message) {
      super(message);
    }
  }

  /** Reads and checks a gold file. */
  public static List<Fact> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "");
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 3) {
        throw new FormatException(file + ":" + (i + 1) + ": want doc, relation, arg1 [, arg2] separated by tabs");
      }
      String relation = cells[1].trim().toLowerCase(Locale.ROOT);
      List<List<String>> args = new ArrayList<>();
      for (int c = 2; c < cells.length; c++) {
        List<String> alts = new ArrayList<>();
        for (String a : cells[c].split("\\|")) {
          if (!a.isBlank()) {
            alts.add(a.trim());
          }
        }
        if (!alts.isEmpty()) {
          args.add(alts);
        }
      }
      int want = switch (relation) {
        case "person", "country", "issue", "persons", "organization" -> 1;
        case "role", "represents", "met", "contact", "member" -> 2;
        default -> -1;
      };
      if (want > 0 && args.size() != want) {
        throw new FormatException(file + ":" + (i + 1) + ": relation " + relation + " takes " + want
            + " argument(s), found " + args.size());
      }
      out.add(new Fact(cells[0].trim(), relation, args, i + 1));
    }
    return out;
  }

  /** Lower case, without punctuation or a leading "the", spaces folded: how gold and predictions are compared. */
  public static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}’‘“”–—]+", " ").replaceAll("\\s+", " ").trim();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }
}
