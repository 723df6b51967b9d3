package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.verify.BlockFit;

/**
 * One share in the forest with its links and caches.
 *
 * <p>Why epochs: positions and cumulative work are kept relative to the component's lowest share as
 * it was when computed. Appending a child never changes existing values; only linking an orphan
 * segment under a newly arrived parent, or trimming, does, and those bump the tracker's epoch so
 * values are recomputed lazily (in bulk, not per share).
 */
final class Node {
  final LoadedShare share;
  final long seq;
  final long timeSeen;
  final String peer;
  Node parent;
  final List<Node> children = new ArrayList<>(1);
  boolean alive = true;
  boolean verified;
  int naughty;

  // stripped size of the recomputed coinbase, once check() passed (0 before, or when trusted)
  int gentxSize;
  // v17-v33 only, set when verified: what the block-size punishment needs (null otherTxs: none)
  List<Hash256> otherTxs;
  int gentxWeight;
  BlockFit.Verdict fit = BlockFit.Verdict.UNKNOWN;

  long epoch = -1;
  long pos;
  Node root;
  BigInteger cumWork;
  BigInteger cumMinWork;

  long vepoch = -1;
  Node vroot;

  /** jumps[k] is the 2^k-th ancestor, filled lazily; never points at a dead node when read. */
  Node[] jumps;

  Node(LoadedShare share, long seq, long timeSeen, String peer) {
    this.share = share;
    this.seq = seq;
    this.timeSeen = timeSeen;
    this.peer = peer;
  }

  boolean hasVerifiedChild() {
    for (Node c : children) {
      if (c.verified) {
        return true;
      }
    }
    return false;
  }
}
