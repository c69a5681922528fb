package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newsgraph.nlp.NlpModels;
import org.newsgraph.parse.DependencyParser;
import org.newsgraph.parse.MaltDependencyParser;
import org.newsgraph.parse.ParserEvaluation;
import org.newsgraph.parse.ParserTraining;
import org.newsgraph.parse.Treebank;

/**
 * {@code newsgraph parser train} and {@code newsgraph parser eval}: reproduce the shipped dependency parser from
 * UD English-EWT and measure it.
 *
 * <pre>
 * newsgraph parser train --output src/main/resources/org/newsgraph/parse/en-ud-parser.mco
 * newsgraph parser eval
 * </pre>
 */
@Command(name = "parser", mixinStandardHelpOptions = true, description = "Train or evaluate the dependency parser.",
    subcommands = {ParserCommand.Train.class, ParserCommand.Eval.class})
public final class ParserCommand {

  /** {@code parser train}. */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train the dependency parser on UD English-EWT train (see shared/ud/README.md).")
  public static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", defaultValue = "../shared/ud/en_ewt-ud-train.conllu", paramLabel = "FILE",
        description = "CoNLL-U training file (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--output", defaultValue = "en-ud-parser.mco", paramLabel = "FILE",
        description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--tags", defaultValue = "MIXED", description = "Tags to learn from: ${COMPLETION-CANDIDATES} "
        + "(default: ${DEFAULT-VALUE}).")
    ParserTraining.Tags tags;

    @Option(names = "--folds", defaultValue = "5",
        description = "Folds for jackknifed tags (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--algorithm", defaultValue = "stackproj", description = "MaltParser algorithm "
        + "(default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      ParserTraining.create().train(train).tags(tags).folds(folds).algorithm(algorithm).log(m -> {
        out.println(m);
        out.flush();
      }).trainTo(output);
      out.println("model: " + output);
      out.println("seconds: " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code parser eval}. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "UAS and LAS on a CoNLL-U file, with its gold tags and with the shipped tagger's.")
  public static final class Eval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Model to evaluate (default: the shipped one).")
    Path model;

    @Option(names = "--test", defaultValue = "../shared/ud/en_ewt-ud-test.conllu", paramLabel = "FILE",
        description = "CoNLL-U file (default: ${DEFAULT-VALUE}).")
    Path test;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      DependencyParser p = model == null ? MaltDependencyParser.shipped() : MaltDependencyParser.load(model);
      var gold = Treebank.read(test);
      out.println(String.format(Locale.ROOT, "%-16s %8s %8s %8s %8s %12s", "tags", "words", "tag acc", "UAS", "LAS",
          "µs/sentence"));
      for (boolean predicted : new boolean[] {false, true}) {
        ParserEvaluation.Score s = ParserEvaluation.score(p, gold, predicted ? NlpModels.load(null).pos() : null);
        out.println(String.format(Locale.ROOT, "%-16s %8d %8.3f %8.3f %8.3f %12.0f", predicted ? "predicted"
            : "gold", s.words(), s.tagAccuracy(), s.uas(), s.las(), s.nanos() / 1e3 / gold.size()));
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
