package org.p2poolj.coin.block;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;

/** Bitcoin merkle trees: an odd last node pairs with itself; an empty list has root zero. */
public final class Merkle {
  private Merkle() {}

  /** {@code hash256(left || right)} in wire order. */
  public static Hash256 combine(Hash256 left, Hash256 right) {
    byte[] buf = new byte[64];
    left.copyTo(buf, 0);
    right.copyTo(buf, 32);
    return Sha256d.hash256(buf);
  }

  public static Hash256 root(List<Hash256> hashes) {
    if (hashes.isEmpty()) {
      return Hash256.ZERO;
    }
    List<Hash256> level = new ArrayList<>(hashes);
    while (level.size() > 1) {
      List<Hash256> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        Hash256 left = level.get(i);
        Hash256 right = i + 1 < level.size() ? level.get(i + 1) : left;
        next.add(combine(left, right));
      }
      level = next;
    }
    return level.get(0);
  }

  /**
   * The branch for {@code hashes[index]}. The leaf at {@code index} may be {@code null} (p2pool
   * passes None for the coinbase): it is needed only when it must pair with itself, in which case
   * this throws.
   */
  public static MerkleLink link(List<Hash256> hashes, int index) {
    if (index < 0 || index >= hashes.size()) {
      throw new IllegalArgumentException(
          "merkle index " + index + " outside a list of " + hashes.size());
    }
    for (int i = 0; i < hashes.size(); i++) {
      if (i != index && hashes.get(i) == null) {
        throw new IllegalArgumentException(
            "merkle leaf " + i + " is null; only the indexed one may be");
      }
    }
    List<Hash256> branch = new ArrayList<>();
    // Nodes on our path are unknown (null) when they depend on a null leaf.
    List<Hash256> level = new ArrayList<>(hashes);
    int pos = index;
    while (level.size() > 1) {
      int sibling = pos ^ 1;
      Hash256 s = sibling < level.size() ? level.get(sibling) : level.get(pos);
      if (s == null) {
        throw new IllegalArgumentException(
            "merkle leaf " + index + " is null but pairs with itself; its value is needed");
      }
      branch.add(s);
      List<Hash256> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        Hash256 left = level.get(i);
        Hash256 right = i + 1 < level.size() ? level.get(i + 1) : left;
        boolean onPath = i == (pos & ~1);
        next.add(onPath && (left == null || right == null) ? null : combine(left, right));
      }
      level = next;
      pos >>= 1;
    }
    return new MerkleLink(branch, index);
  }

  /**
   * The branch of the coinbase, whose hash is not known yet, in a block whose other transactions
   * are {@code txids}: {@code link([None] + txids, 0)} in p2pool's terms.
   */
  public static List<Hash256> coinbaseBranch(List<Hash256> txids) {
    List<Hash256> leaves = new ArrayList<>(txids.size() + 1);
    leaves.add(null);
    leaves.addAll(txids);
    return link(leaves, 0).branch();
  }

  /**
   * Folds {@code tip} up the branch to the root.
   *
   * @throws IllegalArgumentException when the index has bits beyond the branch length
   */
  public static Hash256 checkLink(Hash256 tip, MerkleLink link) {
    List<Hash256> branch = link.branch();
    if (branch.size() < 63 && link.index() >= (1L << branch.size())) {
      throw new IllegalArgumentException(
          "merkle index " + link.index() + " too large for a branch of " + branch.size());
    }
    Hash256 h = tip;
    for (int i = 0; i < branch.size(); i++) {
      h = ((link.index() >>> i) & 1) == 1 ? combine(branch.get(i), h) : combine(h, branch.get(i));
    }
    return h;
  }
}
