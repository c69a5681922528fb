package org.newsgraph.pipeline;

/**
 * Bounds on untrusted text.
 *
 * @param maxDocBytes largest document accepted, in bytes
 * @param maxTokenChars longest whitespace-free run before it is broken
 * @param maxSentenceTokens longest sentence; longer ones are cut into windows of this size
 */
public record Limits(int maxDocBytes, int maxTokenChars, int maxSentenceTokens) {

  /** The defaults: 5 MB documents, 200-character tokens, 300-token sentences. */
  public static final Limits DEFAULT = new Limits(5 * 1024 * 1024, 200, 300);
}
