package org.newsgraph.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a Universal Dependencies treebank in CoNLL-U, reduced to what a basic dependency parser learns:
 * word forms, universal tags, heads and relations. Comment lines, multiword-token ranges ({@code 3-4}) and empty
 * nodes ({@code 5.1}) are dropped, as the parser sees only the syntactic words.
 *
 * <pre>
 * List&lt;Treebank.Sentence&gt; train = Treebank.read(Path.of("../shared/ud/en_ewt-ud-train.conllu"));
 * </pre>
 */
public final class Treebank {
  private Treebank() {
  }

  /** One sentence: forms, UPOS tags, heads (-1 for the root) and full relations. */
  public record Sentence(String[] forms, String[] tags, int[] heads, String[] labels) {
    /** The same sentence with other tags (for training on predicted tags). */
    public Sentence withTags(String[] other) {
      return new Sentence(forms, other, heads, labels);
    }

    /** Number of words. */
    public int size() {
      return forms.length;
    }
  }

  /** Reads a CoNLL-U file; a malformed line is an error naming the file and line. */
  public static List<Sentence> read(Path file) {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String[]> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            out.add(sentence(rows));
            rows.clear();
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 10) {
          throw new IllegalArgumentException(file + ":" + n + ": expected 10 tab-separated columns, found " + c.length);
        }
        if (c[0].contains("-") || c[0].contains(".")) {
          continue;
        }
        rows.add(c);
      }
      if (!rows.isEmpty()) {
        out.add(sentence(rows));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read treebank " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static Sentence sentence(List<String[]> rows) {
    int n = rows.size();
    String[] forms = new String[n];
    String[] tags = new String[n];
    int[] heads = new int[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      forms[i] = c[1];
      tags[i] = c[3];
      heads[i] = Integer.parseInt(c[6]) - 1;
      labels[i] = c[7];
    }
    return new Sentence(forms, tags, heads, labels);
  }

  /** Writes sentences in the 10-column CoNLL-X format that MaltParser reads, the UPOS tag in both tag columns. */
  public static void writeConllX(List<Sentence> sentences, Writer w) throws IOException {
    for (Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        w.write((i + 1) + "\t" + s.forms()[i] + "\t_\t" + s.tags()[i] + "\t" + s.tags()[i] + "\t_\t"
            + (s.heads()[i] + 1) + "\t" + s.labels()[i] + "\t_\t_\n");
      }
      w.write("\n");
    }
  }
}
