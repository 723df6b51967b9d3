package org.p2poolj.share.tracker;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * The outcome of {@link ShareTracker#think}: the best share to mine on (null when nothing is
 * verified), shares to download, shares found bad (with peers to ban), and whether the chosen head
 * is punished so the local node should replace it quickly.
 */
public record ThinkResult(
    Hash256 best,
    List<DesiredShare> desired,
    List<BadShare> bad,
    boolean punishAggressively,
    List<Hash256> topHeads) {
  public ThinkResult {
    desired = List.copyOf(desired);
    bad = List.copyOf(bad);
    topHeads = List.copyOf(topHeads);
  }
}
