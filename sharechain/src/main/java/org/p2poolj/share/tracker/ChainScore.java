package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.function.ToIntFunction;
import org.p2poolj.coin.hash.Hash256;

/**
 * JT's {@code score()}: {@code (height, None)} below CHAIN_LENGTH, else {@code (CHAIN_LENGTH, work
 * over the newest 15/16 of the window / ((1 - newest block height of its oldest 1/16) *
 * BLOCK_PERIOD))}: a lower bound on the chain's hash rate favouring chains that build on recent
 * blocks. None sorts below any number, as in Python 2.
 */
record ChainScore(int height, boolean hasRate, double rate) implements Comparable<ChainScore> {

  static ChainScore of(Thinker t, Node head, ToIntFunction<Hash256> blockRelHeight) {
    Forest f = t.forest();
    int cl = t.net().chainLength();
    int h = f.verifiedHeight(head);
    if (h < cl) {
      return new ChainScore(h, false, 0);
    }
    Node end = f.ancestor(head, cl * 15 / 16);
    int blockHeight = Integer.MIN_VALUE;
    Node c = end;
    for (int i = 0; i < cl / 16 && c != null; i++, c = c.parent) {
      blockHeight = Math.max(blockHeight, blockRelHeight.applyAsInt(c.share.previousBlock()));
    }
    f.ensure(head);
    f.ensure(end);
    BigInteger work = head.cumWork.subtract(end.cumWork);
    double denom = ((double) (1L - blockHeight)) * t.net().parent().blockPeriodSeconds();
    return new ChainScore(cl, true, work.doubleValue() / denom);
  }

  @Override
  public int compareTo(ChainScore o) {
    int c = Integer.compare(height, o.height);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(hasRate, o.hasRate);
    return c != 0 ? c : Double.compare(rate, o.rate);
  }
}
