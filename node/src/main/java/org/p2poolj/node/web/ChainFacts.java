package org.p2poolj.node.web;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.pplns.PplnsWeights;
import org.p2poolj.share.tracker.ChainStats;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.web.view.LocalStats.ShareCounts;
import org.p2poolj.web.view.StaleRates;

/**
 * Computes a {@link ChainSnapshot} from the tracker, the way the reference web API does ({@code
 * web.py}, spec §6.3). Runs on the chain thread: the tracker is not thread-safe.
 */
final class ChainFacts {
  static final int RATE_LOOKBEHIND = 720;
  private static final int STALE_ORPHAN = 253;
  private static final int STALE_DOA = 254;
  private static final BigInteger USERS_DESIRED = BigInteger.valueOf(65535).shiftLeft(256);
  private static final double COIN = 1e8;

  /**
   * What the chain needs from the rest of the node.
   *
   * @param blockTarget the current template's target, empty before the first template
   * @param subsidy the current template's coinbase value in satoshis
   * @param mine this node's shares
   */
  record Inputs(
      Optional<BigInteger> blockTarget, long subsidy, Collection<Hash256> mine, long nowSeconds) {}

  private ChainFacts() {}

  static ChainSnapshot compute(ShareTracker t, Optional<Hash256> bestOpt, Inputs in) {
    PoolNetwork net = t.net();
    List<Hash256> heads = sorted(t.heads());
    List<Hash256> verifiedHeads = sorted(t.verifiedHeads());
    List<Hash256> tails = sorted(t.tails().keySet());
    List<Hash256> verifiedTails = sorted(t.verifiedTails().keySet());
    if (bestOpt.isEmpty() || !t.contains(bestOpt.get())) {
      return new ChainSnapshot(
          0,
          Optional.empty(),
          0,
          0,
          0,
          BigInteger.ZERO,
          Map.of(),
          Map.of(),
          Map.of(),
          new StaleRates(0, 0, 0),
          List.of(),
          heads,
          verifiedHeads,
          tails,
          verifiedTails,
          0,
          new ShareCounts(0, 0, 0),
          0,
          Map.of());
    }
    Hash256 best = bestOpt.get();
    int height = t.height(best);
    int hourShares = Math.max(2, 3600 / net.sharePeriod());
    int hourLook = Math.min(height - 1, hourShares);
    double nonstale = ChainStats.attemptsPerSecond(t, best, hourLook, false);
    double staleProp = staleProp(t, best, hourLook);
    int rateLook = Math.min(height - 1, RATE_LOOKBEHIND);
    double rateProp = staleProp(t, best, rateLook);
    double rate =
        rateProp >= 1 ? 0 : ChainStats.attemptsPerSecond(t, best, rateLook, false) / (1 - rateProp);

    List<LoadedShare> window = t.chain(best, Math.max(0, hourLook));
    long orphans = 0;
    long doas = 0;
    Map<Long, Double> versions = new HashMap<>();
    for (LoadedShare s : window) {
      int info = s.share().shareData().staleInfo();
      orphans += info == STALE_ORPHAN ? 1 : 0;
      doas += info == STALE_DOA ? 1 : 0;
      versions.merge(s.desiredVersion(), s.work().doubleValue(), Double::sum);
    }
    double poolRate = staleProp >= 1 ? 0 : nonstale / (1 - staleProp);
    double n = window.size() + orphans + doas;
    StaleRates staleRates =
        n == 0
            ? new StaleRates(0, 0, 0)
            : new StaleRates(
                poolRate * window.size() / n, poolRate * orphans / n, poolRate * doas / n);
    double span = window.isEmpty() ? 1 : Math.max(1, spanSeconds(window));
    versions.replaceAll((k, v) -> v / span);

    return new ChainSnapshot(
        height,
        Optional.of(best),
        nonstale,
        staleProp,
        rate,
        t.get(best).maxTarget(),
        users(t, best, height),
        userStales(t, best, height),
        payouts(t, best, in),
        staleRates,
        RecentBlocks.scan(t, best, Math.min(height, net.chainLength())),
        heads,
        verifiedHeads,
        tails,
        verifiedTails,
        myShareRate(window, in),
        myCounts(t, best, height, in),
        myOrphans(t, best, height, in),
        Map.copyOf(versions));
  }

  private static long spanSeconds(List<LoadedShare> window) {
    return window.getFirst().timestamp() - window.getLast().timestamp();
  }

  /** {@code get_average_stale_prop}: stales / (lookbehind + stales). */
  static double staleProp(ShareTracker t, Hash256 best, int lookbehind) {
    if (lookbehind <= 0) {
      return 0;
    }
    long stales = 0;
    for (LoadedShare s : t.chain(best, lookbehind)) {
      stales += s.share().shareData().staleInfo() != 0 ? 1 : 0;
    }
    return (double) stales / (lookbehind + stales);
  }

  private static Map<String, Double> users(ShareTracker t, Hash256 best, int height) {
    PplnsWeights w = t.cumulativeWeights(best, Math.min(height, RATE_LOOKBEHIND), USERS_DESIRED);
    Map<String, Double> out = new HashMap<>();
    if (w.total().signum() > 0) {
      double total = w.total().doubleValue();
      w.weights().forEach((k, v) -> out.put(k, v.doubleValue() / total));
    }
    return out;
  }

  // JT counts a stale share twice: once in the denominator as a share, once as a stale.
  private static Map<String, Double> userStales(ShareTracker t, Hash256 best, int height) {
    Map<String, long[]> counts = new HashMap<>();
    for (LoadedShare s : t.chain(best, height)) {
      long[] c = counts.computeIfAbsent(s.payoutKey(), k -> new long[2]);
      c[0]++;
      if (s.share().shareData().staleInfo() != 0) {
        c[1]++;
      }
    }
    Map<String, Double> out = new HashMap<>();
    counts.forEach((k, c) -> out.put(k, (double) c[1] / (c[0] + c[1])));
    return out;
  }

  private static Map<String, Double> payouts(ShareTracker t, Hash256 best, Inputs in) {
    if (in.blockTarget().isEmpty()) {
      return Map.of();
    }
    Map<String, Double> out = new HashMap<>();
    ChainStats.expectedPayouts(t, best, in.blockTarget().get(), in.subsidy())
        .forEach((k, v) -> out.put(k, v / COIN));
    return out;
  }

  private static double myShareRate(List<LoadedShare> window, Inputs in) {
    Set<Hash256> mine = Set.copyOf(in.mine());
    BigInteger work = BigInteger.ZERO;
    for (LoadedShare s : window) {
      if (mine.contains(s.hash())) {
        work = work.add(Targets.attempts(s.target()));
      }
    }
    return window.size() < 2 ? 0 : work.doubleValue() / Math.max(1, spanSeconds(window));
  }

  // Own shares of the last hour: in the best chain (unstale) or not (orphaned); a dead-on-arrival
  // share of ours is one announced as such by a later share of ours.
  private static ShareCounts myCounts(ShareTracker t, Hash256 best, int height, Inputs in) {
    long since = in.nowSeconds() - 3600;
    Set<Hash256> inChain = new java.util.HashSet<>();
    long doa = 0;
    for (LoadedShare s : t.chain(best, height)) {
      if (s.timestamp() < since) {
        break;
      }
      if (in.mine().contains(s.hash())) {
        inChain.add(s.hash());
        doa += s.share().shareData().staleInfo() == STALE_DOA ? 1 : 0;
      }
    }
    long recent = 0;
    for (Hash256 h : in.mine()) {
      // A share the tracker no longer holds was trimmed off the tail: older than the hour.
      LoadedShare s = t.contains(h) ? t.get(h) : null;
      if (s != null && s.timestamp() >= since) {
        recent++;
      }
    }
    long stale = Math.max(0, recent - inChain.size());
    long doaStale = Math.min(doa, stale);
    return new ShareCounts(inChain.size(), stale - doaStale, doaStale);
  }

  // Shares trimmed off the tracker's tail are neither: the count covers what the tracker holds.
  private static long myOrphans(ShareTracker t, Hash256 best, int height, Inputs in) {
    Set<Hash256> chain = new java.util.HashSet<>();
    for (LoadedShare s : t.chain(best, height)) {
      chain.add(s.hash());
    }
    long orphans = 0;
    for (Hash256 h : in.mine()) {
      if (t.contains(h) && !chain.contains(h)) {
        orphans++;
      }
    }
    return orphans;
  }

  private static List<Hash256> sorted(Collection<Hash256> hashes) {
    List<Hash256> out = new ArrayList<>(hashes);
    out.sort(null);
    return out;
  }
}
