package org.newsgraph.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other only as the README's architecture section says: the ground floor ({@code doc},
 * {@code lexicon}, {@code pipeline}), the stages ({@code nlp}, {@code parse}, {@code extract}, {@code resolve}),
 * {@code rdf} and {@code store}, then {@code ingest}, {@code query}, {@code serve}, {@code eval}, {@code bench} and
 * {@code cli} on top. Read from the compiled classes (every class a class file names, in code, signatures and
 * descriptors), so an inline fully qualified name counts as much as an import. The map is a DAG, so there is no
 * cycle.
 */
class PackageDependencyTest {
  /** What each package may use besides itself; "" is the root package (NewsPipeline). */
  static final Map<String, Set<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
      Map.entry("doc", Set.of()),
      Map.entry("lexicon", Set.of("doc")),
      Map.entry("pipeline", Set.of("doc")),
      Map.entry("nlp", Set.of("doc", "pipeline")),
      Map.entry("parse", Set.of("doc", "lexicon", "pipeline", "nlp")),
      Map.entry("extract", Set.of("doc", "lexicon", "pipeline", "nlp")),
      Map.entry("rdf", Set.of("doc", "lexicon")),
      Map.entry("resolve", Set.of("doc", "lexicon", "pipeline", "nlp", "rdf")),
      Map.entry("store", Set.of("doc", "rdf")),
      Map.entry("", Set.of("doc", "lexicon", "pipeline", "nlp", "parse", "extract", "resolve")),
      Map.entry("ingest", Set.of("", "doc", "lexicon", "pipeline", "rdf", "resolve", "store")),
      Map.entry("query", Set.of("doc", "lexicon", "rdf", "resolve", "store")),
      Map.entry("eval", Set.of("doc", "lexicon", "rdf", "query")),
      Map.entry("serve", Set.of("", "doc", "lexicon", "pipeline", "rdf", "resolve", "store", "ingest", "query")),
      Map.entry("bench", Set.of("", "doc", "lexicon", "pipeline", "parse", "rdf", "store", "ingest", "query")),
      Map.entry("cli", Set.of("", "doc", "lexicon", "pipeline", "nlp", "parse", "extract", "rdf", "resolve", "store",
          "ingest", "query", "serve", "eval", "bench"))));

  private static final Pattern REF = Pattern.compile("org/newsgraph/(?:([a-z]+)/)?[A-Z]");

  @Test
  void everyPackageUsesOnlyWhatTheArchitectureAllows() throws IOException {
    Path classes = Path.of("target", "classes", "org", "newsgraph");
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        Path rel = classes.relativize(f.getParent() == null ? f : f.getParent());
        String pkg = rel.toString().isEmpty() ? "" : rel.getName(0).toString();
        for (String s : utf8Constants(f)) {
          Matcher m = REF.matcher(s);
          while (m.find()) {
            String used = m.group(1) == null ? "" : m.group(1);
            if (!used.equals(pkg)) {
              uses.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used + " (" + f.getFileName() + ")");
            }
          }
        }
        uses.computeIfAbsent(pkg, k -> new TreeSet<>());
      }
    }
    assertEquals(ALLOWED.keySet(), uses.keySet(), "a package that the architecture does not name");
    List<String> wrong = new ArrayList<>();
    uses.forEach((pkg, used) -> {
      for (String u : used) {
        String target = u.substring(0, u.indexOf(' '));
        if (!ALLOWED.get(pkg).contains(target)) {
          wrong.add((pkg.isEmpty() ? "(root)" : pkg) + " -> " + (target.isEmpty() ? "(root)" : target) + " in "
              + u.substring(u.indexOf('(') + 1, u.length() - 1));
        }
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void theAllowedDependenciesHaveNoCycle() {
    Set<String> done = new TreeSet<>();
    for (String p : ALLOWED.keySet()) {
      visit(p, new TreeSet<>(), done);
    }
    assertTrue(done.containsAll(ALLOWED.keySet()));
  }

  private static void visit(String p, Set<String> path, Set<String> done) {
    assertTrue(path.add(p), "cycle through " + path);
    for (String q : ALLOWED.get(p)) {
      if (!done.contains(q)) {
        visit(q, path, done);
      }
    }
    path.remove(p);
    done.add(p);
  }

  /** The UTF-8 constants of a class file: class names, descriptors and signatures among them. */
  static List<String> utf8Constants(Path classFile) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(in.readUTF());
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
        }
      }
    }
    return out;
  }
}
