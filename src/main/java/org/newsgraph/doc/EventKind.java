package org.newsgraph.doc;

/** Kinds of interaction between people. */
public enum EventKind {
  /** An in-person meeting. */
  MET,
  /** Communication without meeting: a call, a letter, a message. */
  CONTACT
}
