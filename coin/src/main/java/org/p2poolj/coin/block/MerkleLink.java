package org.p2poolj.coin.block;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * A merkle branch from one leaf to the root, bottom-up, and the leaf's index (bit i says whether
 * the running hash is the right-hand side at level i).
 */
public record MerkleLink(List<Hash256> branch, long index) {
  public MerkleLink {
    branch = List.copyOf(branch);
    if (index < 0) {
      throw new IllegalArgumentException("negative merkle index " + index);
    }
  }
}
