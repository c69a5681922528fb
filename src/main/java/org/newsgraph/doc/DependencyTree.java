package org.newsgraph.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency parse of one sentence: for each token its head (a token index, or -1 for the root) and its
 * Universal Dependencies relation ({@code nsubj}, {@code obl}, {@code nmod:poss}, …). Immutable.
 *
 * <pre>
 * DependencyTree t = new DependencyTree(new int[] {1, -1, 1}, new String[] {"nsubj", "root", "obj"});
 * t.children(1);   // [0, 2]
 * </pre>
 */
public final class DependencyTree {
  private final int[] heads;
  private final String[] labels;
  private final int[][] children;

  /** A tree from heads (-1: root) and relation labels, one per token. */
  public DependencyTree(int[] heads, String[] labels) {
    if (heads.length != labels.length) {
      throw new IllegalArgumentException("heads and labels differ in length: " + heads.length + ", " + labels.length);
    }
    this.heads = heads.clone();
    this.labels = labels.clone();
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
        throw new IllegalArgumentException("token " + i + " has an invalid head " + heads[i]);
      }
      if (heads[i] >= 0) {
        kids.get(heads[i]).add(i);
      }
    }
    this.children = new int[heads.length][];
    for (int i = 0; i < heads.length; i++) {
      children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Number of tokens. */
  public int size() {
    return heads.length;
  }

  /** The head of token {@code i}, or -1 for the root. */
  public int head(int i) {
    return heads[i];
  }

  /** The full relation of token {@code i} to its head, e.g. {@code obl:tmod}. */
  public String label(int i) {
    return labels[i];
  }

  /** The relation without its subtype: {@code obl:tmod} gives {@code obl}. */
  public String base(int i) {
    int c = labels[i].indexOf(':');
    return c < 0 ? labels[i] : labels[i].substring(0, c);
  }

  /** The dependents of token {@code i}, in text order. */
  public int[] children(int i) {
    return children[i];
  }

  /** The dependents of {@code i} with this base relation. */
  public List<Integer> children(int i, String baseRelation) {
    List<Integer> out = new ArrayList<>();
    for (int c : children[i]) {
      if (base(c).equals(baseRelation)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
  public boolean dominates(int ancestor, int i) {
    for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }
}
