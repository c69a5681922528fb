package org.newsgraph.doc;

import opennlp.tools.util.Span;

/**
 * A sentence: its index, its character span in the document text, and after tokenization its tokens
 * (character spans in the document text), token strings and POS tags.
 */
public final class Sentence {
  private final int index;
  private final Span span;
  private final String text;
  private Span[] tokenSpans = new Span[0];
  private String[] tokens = new String[0];
  private String[] tags = new String[0];
  private DependencyTree tree;

  /** A sentence at {@code span} of the document text. */
  public Sentence(int index, Span span, String text) {
    this.index = index;
    this.span = span;
    this.text = text;
  }

  /** Position of the sentence in the document, from 0. */
  public int index() {
    return index;
  }

  /** Character span in the document text. */
  public Span span() {
    return span;
  }

  /** The sentence text. */
  public String text() {
    return text;
  }

  /** Token character spans in the document text. */
  public Span[] tokenSpans() {
    return tokenSpans;
  }

  /** Token strings. */
  public String[] tokens() {
    return tokens;
  }

  /** POS tags, one per token (empty before tagging). */
  public String[] tags() {
    return tags;
  }

  /** Sets the tokens. */
  public void setTokens(Span[] spans, String[] strings) {
    this.tokenSpans = spans;
    this.tokens = strings;
  }

  /** Sets the POS tags. */
  public void setTags(String[] tags) {
    this.tags = tags;
  }

  /** The dependency parse, or null when the sentence was not parsed (or its parse failed). */
  public DependencyTree tree() {
    return tree;
  }

  /** Sets the dependency parse. */
  public void setTree(DependencyTree t) {
    if (t != null && t.size() != tokens.length) {
      throw new IllegalArgumentException("parse of " + t.size() + " tokens for a sentence of " + tokens.length);
    }
    this.tree = t;
  }

  /** Number of tokens. */
  public int size() {
    return tokens.length;
  }
}
