package org.p2poolj.share.verify;

import java.math.BigInteger;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.ChainView;
import org.p2poolj.share.network.PoolNetwork;

/** Desired-version voting, the switch rule (spec §4.6) and the protocol ratchet (§1.5). */
public final class VersionRules {
  private VersionRules() {}

  /** The vote window for a share whose parent has full history, or null when it has not. */
  public static Map<Long, BigInteger> counts(ChainView chain, LoadedShare prev, PoolNetwork net) {
    if (chain.heightAndLast(prev.hash()).height() < net.chainLength()) {
      return null;
    }
    Hash256 start = chain.nthParentHash(prev.hash(), net.chainLength() * 9 / 10);
    return chain.desiredVersionCounts(start, net.chainLength() / 10);
  }

  /** Null when the version change (if any) is allowed. */
  public static InvalidShare switchRule(
      ShareKind self, LoadedShare prev, Map<Long, BigInteger> counts) {
    ShareKind parent = prev.kind();
    boolean successor = parent.successor().map(s -> s == self).orElse(false);
    if (counts != null) {
      if (self == parent) {
        return null;
      }
      if (successor) {
        BigInteger mine = counts.getOrDefault((long) self.version(), BigInteger.ZERO);
        BigInteger need =
            sum(counts).multiply(BigInteger.valueOf(60)).divide(BigInteger.valueOf(100));
        return mine.compareTo(need) < 0
            ? InvalidShare.of(Reason.SWITCH_WITHOUT_ENOUGH_HASH_POWER, mine + " < " + need)
            : null;
      }
      return InvalidShare.of(
          Reason.CANNOT_FOLLOW, "v" + self.version() + " can't follow v" + parent.version());
    }
    return successor
        ? InvalidShare.of(Reason.SWITCH_WITHOUT_ENOUGH_HISTORY, "v" + self.version())
        : null;
  }

  /** The ratchet: 95% of the window voting for this share's version raises the floor to it. */
  public static boolean ratchet(ShareKind kind, Map<Long, BigInteger> counts, int currentFloor) {
    if (counts == null || currentFloor >= kind.minimumProtocolVersion()) {
      return false;
    }
    BigInteger mine = counts.getOrDefault((long) kind.version(), BigInteger.ZERO);
    return mine.compareTo(
            sum(counts).multiply(BigInteger.valueOf(95)).divide(BigInteger.valueOf(100)))
        >= 0;
  }

  static BigInteger sum(Map<Long, BigInteger> counts) {
    BigInteger s = BigInteger.ZERO;
    for (BigInteger v : counts.values()) {
      s = s.add(v);
    }
    return s;
  }
}
