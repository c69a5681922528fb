package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsgraph.nlp.NlpModels;
import org.newsgraph.parse.TaggerTraining;
import org.newsgraph.parse.Treebank;

/**
 * {@code newsgraph tagger train} and {@code newsgraph tagger eval}: reproduce the shipped part-of-speech tagger from
 * UD English-EWT and measure it.
 *
 * <pre>
 * newsgraph tagger train --output src/main/resources/org/newsgraph/nlp/en-ud-pos-newsgraph.bin
 * newsgraph tagger eval ../shared/ud/en_ewt-ud-test.conllu
 * </pre>
 */
@Command(name = "tagger", mixinStandardHelpOptions = true, description = "Train or evaluate the part-of-speech tagger.",
    subcommands = {TaggerCommand.Train.class, TaggerCommand.Eval.class})
public final class TaggerCommand {

  /** {@code tagger train}. */
  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train the tagger on UD English-EWT train (see shared/ud/README.md).")
  public static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", defaultValue = "../shared/ud/en_ewt-ud-train.conllu", paramLabel = "FILE",
        description = "CoNLL-U training file (default: ${DEFAULT-VALUE}).")
    Path train;

    @Option(names = "--output", defaultValue = "en-ud-pos-newsgraph.bin", paramLabel = "FILE",
        description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--iterations", defaultValue = "300",
        description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      TaggerTraining.create().iterations(iterations).log(m -> {
        out.println(m);
        out.flush();
      }).trainTo(train, output);
      out.println("model: " + output);
      out.println("seconds: " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code tagger eval}. */
  @Command(name = "eval", mixinStandardHelpOptions = true, description = "Tag accuracy on CoNLL-U files (UPOS).")
  public static final class Eval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Model to evaluate (default: the shipped one).")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-U files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      POSModel m = model == null ? NlpModels.load(null).pos() : new POSModel(model);
      POSTaggerME tagger = new POSTaggerME(m);
      out.println(String.format(Locale.ROOT, "%-28s %8s %8s %10s", "file", "words", "accuracy", "words/s"));
      for (Path f : files) {
        int words = 0;
        int right = 0;
        long t0 = System.nanoTime();
        for (Treebank.Sentence s : Treebank.read(f)) {
          String[] t = tagger.tag(s.forms());
          for (int i = 0; i < t.length; i++) {
            words++;
            right += t[i].equals(s.tags()[i]) ? 1 : 0;
          }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.println(String.format(Locale.ROOT, "%-28s %8d %8.4f %10.0f", f.getFileName(), words,
            words == 0 ? 0 : (double) right / words, words / secs));
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
