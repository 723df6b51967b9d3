package org.p2poolj.node.mining;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * This node's own shares, for the {@code stale_info} a new share reports (spec §4.5, JT {@code
 * get_stale_counts}): shares of ours missing from the best chain are orphans, or dead on arrival
 * when they were made on work older than the best share at submit time. A share reports {@code
 * orphan} when more of our orphans exist than our shares in the chain already announced, else
 * {@code doa} likewise, else none.
 *
 * <p>Unlike JT this does not remember shares trimmed off the chain's tail, so it counts over the
 * shares the tracker still holds.
 */
public final class LocalShares {
  /** The wire values of {@code stale_info}. */
  public static final int NONE = 0;

  public static final int ORPHAN = 253;
  public static final int DOA = 254;

  private final Set<Hash256> mine = ConcurrentHashMap.newKeySet();
  private final Set<Hash256> doa = ConcurrentHashMap.newKeySet();

  public void add(Hash256 share, boolean deadOnArrival) {
    mine.add(share);
    if (deadOnArrival) {
      doa.add(share);
    }
  }

  public int count() {
    return mine.size();
  }

  public int doaCount() {
    return doa.size();
  }

  public boolean isMine(Hash256 share) {
    return mine.contains(share);
  }

  /** The stale_info for a share on top of {@code best}; call on the chain thread. */
  public int staleInfo(ShareTracker tracker, Hash256 best, int maxWalk) {
    if (mine.isEmpty() || best == null) {
      return NONE;
    }
    int inChain = 0;
    int doaInChain = 0;
    int orphansAnnounced = 0;
    int doasAnnounced = 0;
    int present = 0;
    int doaPresent = 0;
    for (Hash256 h : mine) {
      if (tracker.contains(h)) {
        present++;
        if (doa.contains(h)) {
          doaPresent++;
        }
      }
    }
    for (LoadedShare s : tracker.chain(best, Math.min(maxWalk, tracker.height(best)))) {
      if (!mine.contains(s.hash())) {
        continue;
      }
      inChain++;
      if (doa.contains(s.hash())) {
        doaInChain++;
      }
      int info = s.share().shareData().staleInfo();
      if (info == ORPHAN) {
        orphansAnnounced++;
      } else if (info == DOA) {
        doasAnnounced++;
      }
    }
    int doaOut = doaPresent - doaInChain;
    int orphanOut = present - inChain - doaOut;
    if (orphanOut > orphansAnnounced) {
      return ORPHAN;
    }
    return doaOut > doasAnnounced ? DOA : NONE;
  }
}
