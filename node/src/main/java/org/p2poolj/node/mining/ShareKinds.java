package org.p2poolj.node.mining;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.share.verify.VersionRules;

/**
 * Which share kind to mine next (JT {@code get_work}): the best share's own kind, or its successor
 * once more than 95% of the vote window asks for it. A brand-new chain starts at v35 here; JT
 * starts a chain with v17 and upgrades by vote, which only matters for networks that do not persist
 * (our regtest chains).
 */
public final class ShareKinds {
  private ShareKinds() {}

  public static ShareKind next(ShareTracker tracker, LoadedShare best, PoolNetwork net) {
    if (best == null) {
      return ShareKind.V35;
    }
    ShareKind kind = best.kind();
    Optional<ShareKind> successor = kind.successor();
    if (successor.isEmpty()) {
      return kind;
    }
    Map<Long, BigInteger> counts = VersionRules.counts(tracker, best, net);
    if (counts == null) {
      return kind;
    }
    BigInteger sum = counts.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger votes = counts.getOrDefault((long) successor.get().version(), BigInteger.ZERO);
    boolean switchNow =
        votes.compareTo(sum.multiply(BigInteger.valueOf(95)).divide(BigInteger.valueOf(100))) > 0;
    return switchNow ? successor.get() : kind;
  }

  /** The vote a local share writes: the successor's version, or its own. */
  public static long vote(ShareKind kind) {
    return kind.successor().orElse(kind).votingVersion();
  }
}
