package org.newsgraph.doc;

/** Whether an event happened, according to the text. */
public enum Modality {
  /** Reported as having happened or happening. */
  HAPPENED,
  /** Planned or scheduled, not yet happened. */
  PLANNED,
  /** Denied, refused or negated. */
  NEGATED,
  /** Claimed by someone without confirmation in the text. */
  CLAIMED
}
