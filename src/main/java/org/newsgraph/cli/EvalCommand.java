package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.NewsPipeline;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.ingest.IngestJob;
import org.newsgraph.ingest.InputReader;
import org.newsgraph.store.Tdb2Store;

/**
 * {@code newsgraph eval --gold FILE PATH…}: ingests the articles into a temporary store and compares the
 * result with gold facts, per relation.
 *
 * <pre>
 * newsgraph eval --gold ../shared/gold/seeds.tsv seeds/
 * newsgraph eval --gold dev/gold.tsv --format json dev/articles/
 * </pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Ingest PATH… into a temporary store and compare with a gold file (format: see its header).")
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold facts (TSV).")
  Path gold;

  @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES}.")
  Formats.Eval format;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ner-model", paramLabel = "FILE", description = "Use this name-finder model.")
  Path nerModel;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: files or directories.")
  List<String> paths;

  @Option(names = "--no-parse", description = "Read every sentence with the token rules alone (to measure the parser).")
  boolean noParse;

  @Override
  public Integer call() throws IOException {
    List<GoldFile.Fact> facts;
    try {
      facts = GoldFile.read(gold);
    } catch (GoldFile.FormatException e) {
      throw new CliException(ExitCodes.DATA, e.getMessage());
    }
    IngestJob job = IngestJob.of(NewsPipeline.create().nerModel(nerModel).parse(!noParse).build()).threads(threads)
        .compact(false);
    InputReader.Result in = job.read(paths, System.in).result();
    for (String r : in.rejected()) {
      spec.commandLine().getErr().println("newsgraph: rejected " + r);
    }
    Path dir = Files.createTempDirectory("newsgraph-eval-");
    Evaluator.Report report;
    try {
      try (Tdb2Store st = Tdb2Store.open(dir, false)) {
        job.run(st, in.sources());
        report = st.read(dsg -> Evaluator.evaluate(dsg, facts));
      }
    } finally {
      Tdb2Store.deleteTree(dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Formats.Eval.json) {
      out.println(json(report).toString());
    } else {
      table(report, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void table(Evaluator.Report r, PrintWriter out) {
    out.println(String.format(Locale.ROOT, "%-12s %5s %5s %5s %7s %7s %7s", "relation", "tp", "fp", "fn", "P", "R",
        "F1"));
    row(r.relations, "", out);
    row(r.corpus, "* ", out);
    r.counts.forEach((k, v) -> out.println("* " + k + ": expected " + v[0] + ", found " + v[1]));
    for (String m : r.misses) {
      out.println("MISS " + m);
    }
    for (String f : r.falsePositives) {
      out.println("FP   " + f);
    }
  }

  private static void row(Map<String, Evaluator.Score> scores, String prefix, PrintWriter out) {
    scores.forEach((k, s) -> out.println(String.format(Locale.ROOT, "%-12s %5d %5d %5d %7.3f %7.3f %7.3f",
        prefix + k, s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1())));
  }

  private static JsonObject json(Evaluator.Report r) {
    JsonObject root = new JsonObject();
    root.put("relations", scores(r.relations));
    JsonObject corpus = scores(r.corpus);
    r.counts.forEach((k, v) -> {
      JsonObject c = corpus.hasKey(k) ? corpus.get(k).getAsObject() : new JsonObject();
      c.put("expected", v[0]);
      c.put("found", v[1]);
      corpus.put(k, c);
    });
    root.put("corpus", corpus);
    JsonArray misses = new JsonArray();
    r.misses.forEach(misses::add);
    JsonArray fps = new JsonArray();
    r.falsePositives.forEach(fps::add);
    root.put("misses", misses);
    root.put("false_positives", fps);
    return root;
  }

  private static JsonObject scores(Map<String, Evaluator.Score> scores) {
    JsonObject o = new JsonObject();
    scores.forEach((k, s) -> {
      JsonObject j = new JsonObject();
      j.put("tp", s.tp);
      j.put("fp", s.fp);
      j.put("fn", s.fn);
      j.put("precision", JsonNumber.value(round(s.precision())));
      j.put("recall", JsonNumber.value(round(s.recall())));
      j.put("f1", JsonNumber.value(round(s.f1())));
      o.put(k, j);
    });
    return o;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
