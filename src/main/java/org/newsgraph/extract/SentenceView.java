package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.doc.Mention;
import org.newsgraph.doc.MentionType;
import org.newsgraph.doc.Sentence;

/**
 * One sentence seen by the relation rules: its tokens, lower-cased tokens, and for each token the
 * person-like mention (name, pronoun or description) that starts or covers it, with its resolved referent.
 */
final class SentenceView {
  final Sentence sentence;
  final String[] tokens;
  final String[] lower;
  final Mention[] mentionAt;
  final String[] referent;
  /** The organization mention covering each token (its ref is the organization's key), or null. */
  final Mention[] organizationAt;
  final List<Mention> all = new ArrayList<>();

  SentenceView(Sentence s) {
    this.sentence = s;
    this.tokens = s.tokens();
    this.lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    this.mentionAt = new Mention[tokens.length];
    this.referent = new String[tokens.length];
    this.organizationAt = new Mention[tokens.length];
  }

  /** Records an organization mention. */
  void putOrganization(Mention m) {
    for (int i = m.start(); i < m.end(); i++) {
      organizationAt[i] = m;
    }
  }

  /** The key of the organization covering token {@code i}, or null. */
  String organization(int i) {
    return organizationAt[i] == null ? null : organizationAt[i].ref();
  }

  int size() {
    return tokens.length;
  }

  /** Records a person-like mention with its referent key (null when unresolved). */
  void put(Mention m, String key) {
    for (int i = m.start(); i < m.end(); i++) {
      if (mentionAt[i] == null || mentionAt[i].type() != MentionType.PERSON) {
        mentionAt[i] = m;
        referent[i] = key;
      }
    }
  }

  /** Whether the mention covering token {@code i} is followed by a possessive "'s". */
  boolean possessive(int i) {
    Mention m = mentionAt[i];
    if (m == null) {
      return false;
    }
    int e = m.end();
    return e < tokens.length && (lower[e].equals("'s") || lower[e].equals("’s") || lower[e].equals("'"))
        || m.type() == MentionType.PRONOUN && (lower[i].equals("his") || lower[i].equals("their"));
  }
}
