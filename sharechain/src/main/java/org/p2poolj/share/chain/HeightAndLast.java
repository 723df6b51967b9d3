package org.p2poolj.share.chain;

import org.p2poolj.coin.hash.Hash256;

/**
 * {@code tracker.get_height_and_last}: how many consecutive known shares end at a hash, and the
 * first missing ancestor hash ({@code null} when the chain reaches a genesis share).
 */
public record HeightAndLast(int height, Hash256 last) {
  public boolean rooted() {
    return last == null;
  }
}
