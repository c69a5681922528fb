package org.newsgraph.doc;

/**
 * The CAMEO event codes of meetings and contacts (Conflict and Mediation Event Observations, the codebook of GDELT):
 * {@link #code()} is what the graph writes as {@code ng:cameoCode}.
 */
public enum Cameo {
  /** 040: consult (a meeting, or a contact other than a call). */
  CONSULT("040"),
  /** 041: discuss by telephone. */
  TELEPHONE("041"),
  /** 042: make a visit. */
  VISIT("042"),
  /** 043: host a visit. */
  HOST("043"),
  /** 046: engage in negotiation. */
  NEGOTIATE("046");

  private final String code;

  Cameo(String code) {
    this.code = code;
  }

  /** The three-digit code. */
  public String code() {
    return code;
  }
}
