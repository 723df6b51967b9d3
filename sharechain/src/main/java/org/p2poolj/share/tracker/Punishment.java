package org.p2poolj.share.tracker;

/**
 * When the chosen head is punished (naughty), JT steps back to an unpunished ancestor and then
 * forward to its deepest non-naughty descendant, at most 20 generations.
 */
final class Punishment {
  private static final int DESCENT_LIMIT = 20;

  private record Descent(int generations, Node node) {}

  private Punishment() {}

  static Node walk(Thinker t, Node best) {
    int punish = t.punish(best);
    while (punish > 0) {
      Node parent = best.parent;
      if (parent == null) {
        break;
      }
      best = parent;
      punish = t.punish(best);
      if (punish == 0) {
        best = descend(best, DESCENT_LIMIT).node();
      }
    }
    return best;
  }

  private static Descent descend(Node n, int limit) {
    Descent top = null;
    if (limit >= 0) {
      for (Node c : n.children) {
        if (c.naughty != 0) {
          continue;
        }
        Descent d = descend(c, limit - 1);
        if (top == null
            || d.generations() > top.generations()
            || (d.generations() == top.generations()
                && d.node().share.hash().compareTo(top.node().share.hash()) > 0)) {
          top = d;
        }
      }
    }
    return top == null ? new Descent(0, n) : new Descent(top.generations() + 1, top.node());
  }
}
