package org.newsgraph.doc;

/** How the sides of an interaction dealt with each other; {@link #label()} is what the graph writes. */
public enum Medium {
  IN_PERSON("in-person"), TELEPHONE("telephone"), LETTER("letter"), MESSAGE("message");

  private final String label;

  Medium(String label) {
    this.label = label;
  }

  /** The label written as {@code ng:medium}: in-person, telephone, letter or message. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
