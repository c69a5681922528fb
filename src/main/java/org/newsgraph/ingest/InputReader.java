package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import org.newsgraph.pipeline.TextGuard;

/**
 * Reads articles from files, directories (recursively, in sorted order) and standard input: plain text
 * ({@code .txt}, or anything else that is text) and JSON Lines ({@code .jsonl}: one article per line with
 * {@code id}, {@code title}, {@code date}, {@code url}, {@code text}). Bytes go through the {@link TextGuard}.
 * Each rejected input is reported, not thrown.
 */
public final class InputReader {
  private final TextGuard guard;
  private final boolean lenient;

  /** A reader with this guard; {@code lenient} replaces invalid UTF-8 instead of rejecting it. */
  public InputReader(TextGuard guard, boolean lenient) {
    this.guard = guard;
    this.lenient = lenient;
  }

  /** Articles read, and inputs rejected or skipped with their reasons. */
  public record Result(List<Source> sources, List<String> rejected, List<String> skipped, List<String> notes) {
  }

  /** Lists the files under the given paths; "-" is standard input. */
  public static List<Path> expand(List<String> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        out.add(Path.of("-"));
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        throw new java.io.FileNotFoundException("no such file or directory: " + p);
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.walk(path)) {
          s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted().forEach(out::add);
        }
      } else {
        out.add(path);
      }
    }
    return out;
  }

  /** Reads every input. */
  public Result read(List<Path> files, InputStream stdin) {
    List<Source> sources = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path f : files) {
      boolean isStdin = f.toString().equals("-");
      String origin = isStdin ? "<stdin>" : f.toString();
      byte[] bytes;
      try {
        if (!isStdin && Files.size(f) > guard.maxBytes()) {
          rejected.add(origin + ": document is " + Files.size(f) + " bytes, over the limit of " + guard.maxBytes());
          continue;
        }
        bytes = isStdin ? stdin.readNBytes(guard.maxBytes() + 1) : Files.readAllBytes(f);
      } catch (IOException | OutOfMemoryError e) {
        rejected.add(origin + ": cannot read: " + e.getMessage());
        continue;
      }
      String name = isStdin ? "stdin" : f.getFileName().toString();
      if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        readJsonLines(origin, bytes, sources, rejected, skipped);
        continue;
      }
      try {
        TextGuard.Result r = guard.decode(bytes, origin, lenient);
        if (r.text().isBlank()) {
          skipped.add(origin + ": empty");
          continue;
        }
        note(origin, r, notes);
        sources.add(new Source(origin, idOf(name), r.text(), null, null, null));
      } catch (TextGuard.BadInputException e) {
        rejected.add(e.getMessage());
      }
    }
    return new Result(sources, rejected, skipped, notes);
  }

  private static void note(String origin, TextGuard.Result r, List<String> notes) {
    if (r.replacedBytes() > 0) {
      notes.add(origin + ": " + r.replacedBytes() + " invalid UTF-8 sequence(s) replaced");
    }
    if (r.removedChars() > 0) {
      notes.add(origin + ": " + r.removedChars() + " control character(s) or lone surrogate(s) removed");
    }
    if (r.brokenRuns() > 0) {
      notes.add(origin + ": " + r.brokenRuns() + " over-long token(s) broken up");
    }
  }

  /** The document ID of a file: its name without the extension. */
  public static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Reads JSON Lines from bytes (as sent to the server's ingest endpoint). */
  public Result readJsonLines(String origin, byte[] bytes) {
    List<Source> sources = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    readJsonLines(origin, bytes, sources, rejected, skipped);
    return new Result(sources, rejected, skipped, List.of());
  }

  private void readJsonLines(String origin, byte[] bytes, List<Source> sources, List<String> rejected,
      List<String> skipped) {
    String all;
    try {
      all = guard.decode(bytes, origin, lenient).text();
    } catch (TextGuard.BadInputException e) {
      rejected.add(e.getMessage());
      return;
    }
    String[] lines = all.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      String where = origin + ":" + (i + 1);
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonValue v = JSON.parseAny(line);
        if (!v.isObject()) {
          rejected.add(where + ": not a JSON object");
          continue;
        }
        JsonObject o = v.getAsObject();
        String id = string(o, "id");
        String text = string(o, "text");
        if (id == null || id.isBlank()) {
          rejected.add(where + ": missing \"id\"");
          continue;
        }
        if (text == null || text.isBlank()) {
          skipped.add(where + ": empty");
          continue;
        }
        LocalDate date = null;
        String ds = string(o, "date");
        if (ds != null && !ds.isBlank()) {
          try {
            date = LocalDate.parse(ds.length() >= 10 ? ds.substring(0, 10) : ds);
          } catch (DateTimeParseException e) {
            rejected.add(where + ": bad \"date\" " + ds + " (want YYYY-MM-DD)");
            continue;
          }
        }
        TextGuard.Result r = guard.clean(text, 0);
        String title = string(o, "title");
        String body = r.text();
        sources.add(new Source(where, id, title == null || title.isBlank() ? body
            : guard.clean(title, 0).text() + "\n\n" + body, title, date, string(o, "url")));
      } catch (RuntimeException e) {
        rejected.add(where + ": invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.isString() ? v.getAsString().value() : v == null || v.isNull() ? null : v.toString();
  }
}
