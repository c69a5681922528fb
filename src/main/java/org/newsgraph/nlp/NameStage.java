package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.Span;

import org.newsgraph.doc.Annotations;
import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Sentence;
import org.newsgraph.pipeline.Limits;
import org.newsgraph.pipeline.Stage;

/** Finds names with the statistical name finder; clears adaptive data after each document. */
public final class NameStage implements Stage {
  private final ThreadLocal<DocumentNameFinder> me;
  private final Limits limits;

  /** Over the shared model. */
  public NameStage(NlpModels models, Limits limits) {
    this.me = ThreadLocal.withInitial(() -> new DocumentNameFinder(models.ner()));
    this.limits = limits;
  }

  @Override
  public String name() {
    return "names";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Annotations.NAMES);
  }

  @Override
  public void annotate(Document doc) {
    List<Sentence> sentences = doc.get(Annotations.SENTENCES);
    List<String[]> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      tokens.add(s.tokens());
    }
    DocumentNameFinder.Result result = me.get().find(tokens, limits.stageMillis());
    List<Span[]> found = result.names();
    if (result.skipped() > 0) {
      doc.warn("degraded: names stage ran out of its " + limits.stageMillis() + " ms; " + result.skipped()
          + " sentence(s) without names");
    }
    List<Mention> names = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Span span : found.get(s.index())) {
        MentionType type = switch (span.getType().toLowerCase(Locale.ROOT)) {
          case "person" -> MentionType.PERSON;
          case "location" -> MentionType.LOCATION;
          case "organization" -> MentionType.ORGANIZATION;
          case "norp" -> MentionType.COUNTRY;
          default -> null;
        };
        if (type != null) {
          String surface = NlpStages.text(s, span.getStart(), span.getEnd(), doc.text());
          if (type == MentionType.PERSON) {
            surface = NameSpans.cleanLabel(surface);
            if (!NameSpans.nameLike(surface)) {
              continue;
            }
          }
          if (surface.isEmpty()) {
            continue;
          }
          names.add(new Mention(type, s.index(), span.getStart(), span.getEnd(), surface, surface, "ner"));
        }
      }
    }
    doc.set(Annotations.NAMES, names);
  }
}
