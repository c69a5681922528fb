package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.nlp.NameFinderEvaluation;
import org.newsgraph.nlp.NameFinderTraining;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.WordClusters;

/**
 * {@code newsgraph ner train} and {@code newsgraph ner eval}: reproduce the shipped name-finder model and
 * measure it.
 *
 * <pre>
 * newsgraph ner train --data ../shared/ner/train --output src/main/resources/org/newsgraph/nlp/en-ner-newsgraph.bin
 * newsgraph ner eval ../shared/ner/eval/*.opennlp
 * </pre>
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train or evaluate the name finder.",
    subcommands = {NerCommand.Train.class, NerCommand.Eval.class, NerCommand.Clusters.class})
public final class NerCommand {

  /** {@code ner train}. */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train the name finder from the licensed training files (see shared/ner/README.md).")
  public static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/ner/train", paramLabel = "DIR",
        description = "Folder with the training files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--output", defaultValue = "en-ner-newsgraph.bin", paramLabel = "FILE",
        description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--iterations", defaultValue = "300", description = "Training iterations.")
    int iterations;

    @Option(names = "--threads", defaultValue = "2", description = "Trainer threads.")
    int threads;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      out.println("training on " + NameFinderTraining.TRAINING_FILES + " in " + data);
      out.flush();
      long t0 = System.nanoTime();
      NameFinderTraining.create().data(data).iterations(iterations).threads(threads).trainTo(output);
      out.println("model: " + output);
      out.println("seconds: " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code ner clusters}: the word clusters that the name finder's features read. */
  @Command(name = "clusters", mixinStandardHelpOptions = true,
      description = "Compute word clusters from unlabelled text (never from eval/ or test files).")
  public static final class Clusters implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
        description = "Shared folder whose corpus/voa, ner/train and ud texts are read (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--output", defaultValue = "word-clusters.txt", paramLabel = "FILE",
        description = "Cluster file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      int n = NameFinderTraining.clusterTexts(WordClusters.create(), shared).writeTo(output);
      out.println("words: " + n);
      out.println("clusters: " + output);
      out.println("seconds: " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code ner eval}. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Precision, recall and F1 per type, exact spans, on OpenNLP name-sample files.")
  public static final class Eval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Model to evaluate (default: the shipped one).")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Evaluation files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      TokenNameFinderModel m = NlpModels.load(model).ner();
      out.println(String.format(Locale.ROOT, "%-28s %-13s %6s %6s %6s %7s %7s %7s", "file", "type", "tp", "fp",
          "fn", "P", "R", "F1"));
      for (Path f : files) {
        Map<String, NameFinderEvaluation.Score> scores = NameFinderEvaluation.evaluate(m, f);
        for (Map.Entry<String, NameFinderEvaluation.Score> e : scores.entrySet()) {
          NameFinderEvaluation.Score s = e.getValue();
          out.println(String.format(Locale.ROOT, "%-28s %-13s %6d %6d %6d %7.3f %7.3f %7.3f",
              f.getFileName(), e.getKey(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
        }
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
