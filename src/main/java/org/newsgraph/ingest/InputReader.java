package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

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
  private String stdinId;

  /** A reader with this guard; {@code lenient} replaces invalid UTF-8 instead of rejecting it. */
  public InputReader(TextGuard guard, boolean lenient) {
    this.guard = guard;
    this.lenient = lenient;
  }

  /** Articles read, and inputs rejected or skipped with their reasons. */
  public record Result(List<Source> sources, List<String> rejected, List<String> skipped, List<String> notes) {
  }

  /**
   * The files under some paths, the directories or files that could not be listed (with the reason), and the files
   * of directories that no include pattern matched.
   */
  public record Listing(List<Path> files, List<String> problems, List<Path> excluded) {
  }

  /** The files of a directory that ingest reads unless told otherwise: articles as text, JSON Lines or JSON. */
  public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.jsonl", "*.json", "*.txt.gz",
      "*.jsonl.gz", "*.json.gz");

  /** Lists the files under the given paths (the default includes); "-" is standard input. */
  public static List<Path> expand(List<String> paths) throws IOException {
    return list(paths).files();
  }

  /** Lists the files under the given paths with the default include patterns. */
  public static Listing list(List<String> paths) throws IOException {
    return list(paths, DEFAULT_INCLUDES);
  }

  /**
   * Lists the files under the given paths, recursively and sorted; "-" is standard input. A file named on the
   * command line is always listed; a file found in a directory only when its name matches one of the glob
   * {@code includes} ("*.txt"), so that an HTML page or a README next to the articles is skipped and counted. A
   * missing path is an error; a directory or file inside that cannot be read is a problem, reported, and the rest
   * is listed.
   */
  public static Listing list(List<String> paths, List<String> includes) throws IOException {
    List<Path> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Path> excluded = new ArrayList<>();
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : includes) {
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad --include pattern '" + g + "': " + e.getMessage(), e);
      }
    }
    for (String p : paths) {
      if (p.equals("-")) {
        out.add(Path.of("-"));
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        throw new FileNotFoundException("no such file or directory: " + p);
      }
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(path) && dir.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
              problems.add(dir + ": cannot read directory (permission denied)");
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
              Path name = file.getFileName();
              if (matchers.stream().anyMatch(m -> m.matches(name))) {
                found.add(file);
              } else {
                excluded.add(file);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a directory that the permission check let through but opening refused (ACLs, dropped capabilities)
            problems.add(e instanceof AccessDeniedException && Files.isDirectory(file)
                ? file + ": cannot read directory (permission denied)"
                : file + ": cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ")");
            return FileVisitResult.CONTINUE;
          }
        });
        found.sort(null);
        out.addAll(found);
      } else {
        out.add(path);
      }
    }
    excluded.sort(null);
    return new Listing(out, problems, excluded);
  }

  /**
   * The ID given with {@code --id} to text on standard input; without it, standard input must be JSON Lines,
   * whose lines carry their own IDs (otherwise every piped article would replace the last one under one ID).
   */
  public InputReader stdinId(String id) {
    this.stdinId = id;
    return this;
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
      String name = isStdin ? "stdin" : f.getFileName().toString();
      boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      if (gz) {
        name = name.substring(0, name.length() - 3);
      }
      boolean jsonl = name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
      boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
      try {
        if (isStdin && stdinIsClosed()) {
          rejected.add(origin + ": standard input is closed");
          continue;
        }
        if (!isStdin && Files.isRegularFile(f) && !jsonl && !gz && !json && Files.size(f) > guard.maxBytes()) {
          rejected.add(origin + ": document is " + Files.size(f) + " bytes, over the limit of " + guard.maxBytes());
          continue;
        }
        try (InputStream in = isStdin ? new BufferedInputStream(stdin) : new BufferedInputStream(gz
            ? new GZIPInputStream(Files.newInputStream(f), 1 << 16) : Files.newInputStream(f))) {
          if (isStdin) {
            in.mark(1 << 16);
            byte[] head = in.readNBytes(1 << 15);
            in.reset();
            jsonl = firstNonSpace(head) == '{';
            if (!jsonl && stdinId == null) {
              rejected.add(origin + ": text on standard input needs --id ID (JSON Lines carry their own IDs)");
              continue;
            }
          }
          if (jsonl) {
            readJsonLines(origin, in, sources, rejected, skipped);
            continue;
          }
          if (json) {
            readJson(origin, in, sources, rejected, skipped);
            continue;
          }
          byte[] bytes = in.readNBytes(guard.maxBytes() + 1);
          if (bytes.length > guard.maxBytes()) {
            rejected.add(origin + ": document is over the limit of " + guard.maxBytes() + " bytes");
            continue;
          }
          TextGuard.Result r = guard.decode(bytes, origin, lenient);
          if (r.text().isBlank()) {
            skipped.add(origin + ": empty");
            continue;
          }
          note(origin, r, notes);
          sources.add(new Source(origin, isStdin ? stdinId : idOf(name), r.text(), null, null, null));
        } catch (ZipException e) {
          rejected.add(origin + ": not a valid gzip file (" + e.getMessage() + ")");
        }
      } catch (TextGuard.BadInputException e) {
        rejected.add(e.getMessage());
      } catch (IOException | OutOfMemoryError e) {
        rejected.add(origin + ": cannot read: " + e.getMessage());
      }
    }
    return new Result(sources, rejected, skipped, notes);
  }

  /**
   * Whether file descriptor 0 is closed: the JVM then reuses it for a file of its own (the runtime image), and
   * reading "standard input" would read that file.
   */
  private static boolean stdinIsClosed() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      return target.startsWith(Path.of(System.getProperty("java.home")));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static int firstNonSpace(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\n' && x != '\r' && x != (byte) 0xEF && x != (byte) 0xBB
          && x != (byte) 0xBF) {
        return x;
      }
    }
    return -1;
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
    try {
      readJsonLines(origin, new ByteArrayInputStream(bytes), sources, rejected, skipped);
    } catch (IOException e) {
      rejected.add(origin + ": cannot read: " + e.getMessage());
    }
    return new Result(sources, rejected, skipped, List.of());
  }

  /**
   * Streams JSON Lines: each line is decoded, parsed and checked on its own, so the size limit is per article and
   * a bad line (invalid JSON, nested too deeply, an ID with control characters, a text over the limit) is rejected
   * with its line number while the others are read. Only the text goes through the text guard's cleaning; an ID
   * that cleaning would change is refused, since two such IDs could collide.
   */
  private void readJsonLines(String origin, InputStream in, List<Source> sources, List<String> rejected,
      List<String> skipped) throws IOException {
    long maxLine = 4L * guard.maxBytes() + 65_536;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean overlong = false;
    int n = 0;
    byte[] buf = new byte[1 << 16];
    boolean first = true;
    for (int r; (r = in.read(buf)) >= 0; ) {
      if (first && r > 0) {
        TextGuard.checkText(Arrays.copyOf(buf, Math.min(r, 8192)), origin);
        first = false;
      }
      int from = 0;
      for (int i = 0; i < r; i++) {
        if (buf[i] == '\n') {
          if (!overlong) {
            line.write(buf, from, i - from);
          }
          n++;
          jsonLine(origin + ":" + n, overlong ? null : line.toByteArray(), maxLine, sources, rejected, skipped);
          line.reset();
          overlong = false;
          from = i + 1;
        }
      }
      if (!overlong) {
        line.write(buf, from, r - from);
        if (line.size() > maxLine) {
          overlong = true;
          line.reset();
        }
      }
    }
    if (overlong || line.size() > 0) {
      n++;
      jsonLine(origin + ":" + n, overlong ? null : line.toByteArray(), maxLine, sources, rejected, skipped);
    }
  }

  /**
   * Reads a {@code .json} file: one article object (as a line of JSON Lines has it, but over several lines), or an
   * array of them; each element is checked on its own, as a line of JSON Lines is.
   */
  private void readJson(String origin, InputStream in, List<Source> sources, List<String> rejected,
      List<String> skipped) throws IOException {
    long max = 4L * guard.maxBytes() + 65_536;
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
    if (bytes.length > max) {
      rejected.add(origin + ": JSON file over " + max + " bytes (use JSON Lines for many articles)");
      return;
    }
    String text = decode(origin, bytes, rejected);
    JsonValue v = text == null || text.isEmpty() ? null : parse(origin, text, rejected);
    if (v == null) {
      return;
    }
    if (!v.isArray()) {
      article(origin, v, sources, rejected, skipped);
      return;
    }
    int i = 0;
    for (JsonValue x : v.getAsArray()) {
      article(origin + "[" + i++ + "]", x, sources, rejected, skipped);
    }
  }

  /** JSON text from bytes, without a byte-order mark or surrounding space; null, with the reason, if not text. */
  private String decode(String where, byte[] bytes, List<String> rejected) {
    try {
      return guard.decodeRaw(bytes, where, lenient).text().replace("\uFEFF", "").strip();
    } catch (TextGuard.BadInputException e) {
      rejected.add(e.getMessage());
      return null;
    }
  }

  /** Deeper nesting than this is refused before parsing (the parser recurses). */
  static final int MAX_DEPTH = 64;
  /** The longest document ID accepted. */
  static final int MAX_ID = 512;

  /** Parses JSON text, refusing deep nesting before the (recursive) parser sees it; null, with the reason, if bad. */
  private static JsonValue parse(String where, String text, List<String> rejected) {
    if (depth(text) > MAX_DEPTH) {
      rejected.add(where + ": JSON nested deeper than " + MAX_DEPTH + " levels");
      return null;
    }
    try {
      return JSON.parseAny(text);
    } catch (RuntimeException | StackOverflowError e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      rejected.add(where + ": invalid JSON: " + m.lines().findFirst().orElse(""));
      return null;
    }
  }

  private void jsonLine(String where, byte[] bytes, long maxLine, List<Source> sources, List<String> rejected,
      List<String> skipped) {
    if (bytes == null) {
      rejected.add(where + ": line over " + maxLine + " bytes");
      return;
    }
    String line = decode(where, bytes, rejected);
    if (line == null || line.isEmpty()) {
      return;
    }
    JsonValue v = parse(where, line, rejected);
    if (v != null) {
      article(where, v, sources, rejected, skipped);
    }
  }

  /** One article of JSON Lines or a JSON file, checked on its own: refused with the reason, or added. */
  private void article(String where, JsonValue v, List<Source> sources, List<String> rejected,
      List<String> skipped) {
    if (!v.isObject()) {
      rejected.add(where + ": not a JSON object");
      return;
    }
    JsonObject o = v.getAsObject();
    String id = string(o, "id");
    String text = string(o, "text");
    if (id == null || id.isBlank()) {
      rejected.add(where + ": missing \"id\"");
      return;
    }
    if (!plainField(id) || !id.strip().equals(id)) {
      rejected.add(where + ": \"id\" has control characters, lone surrogates or surrounding spaces");
      return;
    }
    if (id.length() > MAX_ID) {
      rejected.add(where + ": \"id\" longer than " + MAX_ID + " characters");
      return;
    }
    if (text == null || text.isBlank()) {
      skipped.add(where + ": empty");
      return;
    }
    if (text.length() > guard.maxBytes() || text.getBytes(StandardCharsets.UTF_8).length
        > guard.maxBytes()) {
      rejected.add(where + ": document is over the limit of " + guard.maxBytes() + " bytes");
      return;
    }
    LocalDate date = null;
    String ds = string(o, "date");
    if (ds != null && !ds.isBlank()) {
      try {
        date = LocalDate.parse(ds.length() >= 10 ? ds.substring(0, 10) : ds);
      } catch (DateTimeParseException e) {
        rejected.add(where + ": bad \"date\" (want YYYY-MM-DD)");
        return;
      }
    }
    String body = guard.clean(text, 0).text();
    String title = field(string(o, "title"));
    String url = string(o, "url");
    url = url == null ? null : url.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c)
        && (c < 0xD800 || c > 0xDFFF) && c != 0xFEFF).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    url = url == null || url.isEmpty() ? null : url;
    sources.add(new Source(where, id, body, title, date, url));
  }

  /** Whether a field has no control character, no lone surrogate and no byte-order mark. */
  static boolean plainField(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\uFEFF') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A title cleaned like text (long runs broken, as it is tokenized with the text), on one line; null if empty. */
  private String field(String raw) {
    if (raw == null) {
      return null;
    }
    String c = guard.clean(raw, 0).text().replaceAll("\\s+", " ").strip();
    return c.isEmpty() ? null : c;
  }

  /** The deepest nesting of arrays and objects in a JSON text, outside strings. */
  static int depth(String json) {
    int d = 0;
    int max = 0;
    boolean str = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (str) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          str = false;
        }
      } else if (c == '"') {
        str = true;
      } else if (c == '{' || c == '[') {
        max = Math.max(max, ++d);
      } else if (c == '}' || c == ']') {
        d--;
      }
    }
    return max;
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v != null && v.isString() ? v.getAsString().value() : v == null || v.isNull() ? null : v.toString();
  }
}
