package org.newsgraph.parse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.apache.jena.atlas.lib.FileOps;
import org.maltparser.MaltParserService;
import org.maltparser.core.exception.MaltChainedException;

import org.newsgraph.nlp.NlpModels;

/**
 * Trains the shipped dependency parser: MaltParser 1.9.2, {@code stackproj} with liblinear, on UD English-EWT
 * train. At run time the parser sees the tags of our own tagger ({@link TaggerTraining}), which is wrong on about one
 * word in eighteen, so it also learns from such tags: every sentence is given twice ({@link Tags#MIXED}), once with
 * the treebank's tags and once jackknifed (the file is cut into folds, and a tagger trained the same way on the
 * other folds tags each one). Deterministic: the same file gives the same weights.
 *
 * <pre>
 * ParserTraining.create().train(Path.of("../shared/ud/en_ewt-ud-train.conllu")).tags(ParserTraining.Tags.MIXED)
 *     .trainTo(Path.of("en-ud-parser.mco"));
 * </pre>
 */
public final class ParserTraining {
  /** Which tags the parser learns from. */
  public enum Tags {
    /** The treebank's own UPOS tags. */
    GOLD,
    /** The tags of the shipped tagger (trained on the same file, so better than at run time). */
    PREDICTED,
    /** Tags of taggers trained on the other folds: errors like those at run time. */
    JACKKNIFE,
    /** Every sentence twice: with its gold tags and with jackknifed ones, so the parser learns from both. */
    MIXED
  }

  private Path train = Path.of("../shared/ud/en_ewt-ud-train.conllu");
  private Tags tags = Tags.MIXED;
  private int folds = 5;
  private String algorithm = "stackproj";
  private Consumer<String> log = m -> { };

  private ParserTraining() {
  }

  /** A training run with the defaults: EWT train, gold and jackknifed tags (5 folds), {@code stackproj}. */
  public static ParserTraining create() {
    return new ParserTraining();
  }

  /** The CoNLL-U training file. */
  public ParserTraining train(Path file) {
    this.train = file;
    return this;
  }

  /** Which tags to learn from. */
  public ParserTraining tags(Tags t) {
    this.tags = t;
    return this;
  }

  /** Folds for jackknifing. */
  public ParserTraining folds(int n) {
    this.folds = Math.max(2, n);
    return this;
  }

  /** MaltParser's parsing algorithm ({@code nivreeager}, {@code stacklazy}, …). */
  public ParserTraining algorithm(String a) {
    this.algorithm = a;
    return this;
  }

  /** Progress messages. */
  public ParserTraining log(Consumer<String> l) {
    this.log = l;
    return this;
  }

  /** Trains and writes the model file. */
  public void trainTo(Path output) throws IOException {
    List<Treebank.Sentence> sentences = Treebank.read(train);
    log.accept("read " + sentences.size() + " sentences from " + train);
    List<Treebank.Sentence> tagged = switch (tags) {
      case GOLD -> sentences;
      case PREDICTED -> retag(sentences, NlpModels.load(null).pos());
      case JACKKNIFE -> jackknife(sentences);
      case MIXED -> {
        List<Treebank.Sentence> both = new ArrayList<>(sentences);
        both.addAll(jackknife(sentences));
        yield both;
      }
    };
    Path work = Files.createTempDirectory("newsgraph-parser-");
    try {
      Path conll = work.resolve("train.conll");
      try (Writer w = Files.newBufferedWriter(conll, StandardCharsets.UTF_8)) {
        Treebank.writeConllX(tagged, w);
      }
      log.accept("training MaltParser (" + algorithm + ", liblinear)");
      try {
        MaltParserService malt = new MaltParserService(0);
        malt.runExperiment("-c en-ud-parser -i " + conll + " -w " + work + " -m learn -a " + algorithm
            + " -l liblinear");
      } catch (MaltChainedException e) {
        throw new IllegalStateException("MaltParser training failed: " + e.getMessage(), e);
      }
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(work.resolve("en-ud-parser.mco"), output, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try {
        FileOps.clearAll(work.toFile());
        Files.deleteIfExists(work);
      } catch (IOException | RuntimeException e) {
        log.accept("warning: could not delete " + work);
      }
    }
  }

  /** The sentences tagged by this model. */
  static List<Treebank.Sentence> retag(List<Treebank.Sentence> sentences, POSModel model) {
    POSTaggerME tagger = new POSTaggerME(model);
    List<Treebank.Sentence> out = new ArrayList<>(sentences.size());
    for (Treebank.Sentence s : sentences) {
      out.add(s.withTags(tagger.tag(s.forms())));
    }
    return out;
  }

  private List<Treebank.Sentence> jackknife(List<Treebank.Sentence> sentences) throws IOException {
    List<Treebank.Sentence> out = new ArrayList<>(sentences);
    for (int f = 0; f < folds; f++) {
      List<Treebank.Sentence> rest = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (i % folds == f) {
          held.add(i);
        } else {
          rest.add(sentences.get(i));
        }
      }
      log.accept("fold " + (f + 1) + "/" + folds);
      POSModel m = TaggerTraining.create().log(log).train(rest);
      POSTaggerME tagger = new POSTaggerME(m);
      for (int i : held) {
        out.set(i, sentences.get(i).withTags(tagger.tag(sentences.get(i).forms())));
      }
    }
    return out;
  }
}
