package org.newsgraph;

import java.nio.file.Path;

import org.newsgraph.extract.FactStage;
import org.newsgraph.extract.MentionStage;
import org.newsgraph.extract.OrganizationStage;
import org.newsgraph.extract.TopicStage;
import org.newsgraph.lexicon.Gazetteers;
import org.newsgraph.lexicon.TopicScheme;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.NlpStages;
import org.newsgraph.parse.MaltDependencyParser;
import org.newsgraph.parse.NoParseStage;
import org.newsgraph.parse.ParseStage;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.resolve.PeopleStage;

/**
 * The standard newsgraph pipeline: sentences, tokens, POS, names, mentions, people, relations.
 *
 * <pre>
 * Pipeline p = NewsPipeline.create().build();
 * Document doc = new Document("id", text, null, null, null);
 * p.annotate(doc);
 * </pre>
 */
public final class NewsPipeline {
  private Path nerModel;
  private String nerSha512;
  private Limits limits = Limits.DEFAULT;
  private boolean bare;
  private boolean parse = true;

  private NewsPipeline() {
  }

  /** A builder with the shipped models and default limits. */
  public static NewsPipeline create() {
    return new NewsPipeline();
  }

  /** Uses this name-finder model file instead of the shipped one. */
  public NewsPipeline nerModel(Path file) {
    this.nerModel = file;
    return this;
  }

  /** Uses this name-finder model file, which must have this SHA-512 (hex) when one is given. */
  public NewsPipeline nerModel(Path file, String sha512) {
    this.nerModel = file;
    this.nerSha512 = sha512;
    return this;
  }

  /** Text limits. */
  public NewsPipeline limits(Limits l) {
    this.limits = l;
    return this;
  }

  /** Only the OpenNLP stages (for the benchmark's reference pass). */
  public NewsPipeline bare(boolean b) {
    this.bare = b;
    return this;
  }

  /** Whether to parse (default); without it every sentence is read by the token rules alone. */
  public NewsPipeline parse(boolean b) {
    this.parse = b;
    return this;
  }

  /** Loads the models (once per JVM for the shipped ones) and builds the pipeline. */
  public Pipeline build() {
    NlpModels models = NlpModels.load(nerModel, nerSha512);
    Pipeline.Builder b = Pipeline.builder();
    for (Stage s : NlpStages.all(models, limits)) {
      b.add(s);
    }
    if (!bare) {
      Gazetteers gaz = Gazetteers.shipped();
      b.add(new MentionStage(gaz)).add(new OrganizationStage(gaz)).add(new PeopleStage());
      if (parse) {
        b.add(new ParseStage(MaltDependencyParser.shipped(), limits, gaz));
      } else {
        b.add(new NoParseStage());
      }
      b.add(new FactStage(gaz)).add(new TopicStage(TopicScheme.shipped()));
    }
    return b.build();
  }
}
