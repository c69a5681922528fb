package org.newsgraph.pipeline;

/**
 * Bounds on untrusted text.
 *
 * @param maxDocBytes largest document accepted, in bytes
 * @param maxTokenChars longest whitespace-free run before it is broken
 * @param maxSentenceTokens longest sentence; longer ones are cut into windows of this size
 * @param stageMillis time one statistical stage may spend on one document; the sentences left when it runs
 *     out get no annotations of that stage, and the document is marked degraded
 */
public record Limits(int maxDocBytes, int maxTokenChars, int maxSentenceTokens, long stageMillis) {

  /** The defaults: 5 MB documents, 200-character tokens, 300-token sentences, 20 s per stage. */
  public static final Limits DEFAULT = new Limits(5 * 1024 * 1024, 200, 300, 20_000);
}
