package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped as resource files next to the extractors: one entry a line, {@code #} comments and blank
 * lines ignored. Read once by the class that uses them.
 *
 * <pre>
 * Set&lt;String&gt; phone = WordList.words("phone-words.txt");
 * </pre>
 */
public final class WordList {
  private WordList() {
  }

  /** The lower-cased entries of a list in {@code org/newsgraph/lexicon/}. */
  public static Set<String> words(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(name)) {
      out.add(line.trim().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The non-comment lines of a resource in {@code org/newsgraph/lexicon/}. */
  public static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the jar: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
    return out;
  }
}
