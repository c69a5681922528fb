package org.newsgraph.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic news articles for reliability tests: deterministic, self-contained, with meetings. */
final class Corpus {
  private Corpus() {
  }

  private static final String[] FIRST = {"Anna", "Paul", "Maria", "Omar", "Ida", "Tom", "Lena", "Victor", "Sofia",
      "Jonas", "Elena", "Marco", "Nadia", "Pavel", "Carla", "Hugo"};
  private static final String[] LAST = {"Kovacs", "Ferreira", "Lindqvist", "Haddad", "Berg", "Hale", "Moreau",
      "Novak", "Rossi", "Petrov", "Silva", "Tanaka", "Okafor", "Jensen", "Weber", "Costa"};
  private static final String[] TITLE = {"President", "Prime Minister", "Foreign Minister", "Defense Minister"};
  private static final String[] COUNTRY = {"French", "German", "Polish", "Brazilian", "Japanese", "Kenyan"};
  private static final String[] CITY = {"Paris", "Berlin", "Warsaw", "Brasilia", "Tokyo", "Nairobi"};

  /** Writes {@code n} articles into {@code dir}; returns their paths in order. */
  static List<Path> write(Path dir, int n, long seed) throws IOException {
    Files.createDirectories(dir);
    Random r = new Random(seed);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        String a = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        String b = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        int c = r.nextInt(COUNTRY.length);
        sb.append(COUNTRY[c]).append(' ').append(TITLE[r.nextInt(TITLE.length)]).append(' ').append(a)
            .append(" met ").append(TITLE[r.nextInt(TITLE.length)]).append(' ').append(b).append(" in ")
            .append(CITY[r.nextInt(CITY.length)]).append(" on Monday to discuss climate change and trade talks. ");
        sb.append('"').append("We agreed on the next steps,").append('"').append(' ')
            .append(a.substring(a.indexOf(' ') + 1)).append(" said. ");
        sb.append(b.substring(b.indexOf(' ') + 1)).append(" later spoke by phone with ")
            .append(FIRST[r.nextInt(FIRST.length)]).append(' ').append(LAST[r.nextInt(LAST.length)]).append(".\n");
      }
      Path f = dir.resolve(String.format("doc-%04d.txt", i));
      Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
