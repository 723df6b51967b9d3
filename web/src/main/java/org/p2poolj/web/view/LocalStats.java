package org.p2poolj.web.view;

import java.util.List;
import java.util.Map;

/**
 * This node's own mining: shares its miners found and the local rate monitor.
 *
 * @param myShareHashRate hash rate (H/s) implied by this node's shares in the last hour of the best
 *     chain ({@code share_att_s} in the reference)
 * @param lastHour counts of this node's shares in the last hour of the chain
 * @param minerHashRates pseudoshare hash rate per user (H/s), from the local rate monitor
 * @param minerDeadHashRates dead pseudoshare hash rate per user (H/s)
 * @param minerLastDifficulties difficulty of the last share target sent per payout address
 * @param sharesTotal shares found by this node since start
 * @param sharesOrphan of those, orphaned
 * @param sharesDead of those, dead on arrival
 * @param warnings operator warnings (e.g. a majority voting for an unknown share version)
 */
public record LocalStats(
    double myShareHashRate,
    ShareCounts lastHour,
    Map<String, Double> minerHashRates,
    Map<String, Double> minerDeadHashRates,
    Map<String, Double> minerLastDifficulties,
    long sharesTotal,
    long sharesOrphan,
    long sharesDead,
    List<String> warnings) {

  public LocalStats {
    minerHashRates = Map.copyOf(minerHashRates);
    minerDeadHashRates = Map.copyOf(minerDeadHashRates);
    minerLastDifficulties = Map.copyOf(minerLastDifficulties);
    warnings = List.copyOf(warnings);
  }

  /** Sum of all local miners' hash rates. */
  public double localHashRate() {
    return minerHashRates.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Sum of all local miners' dead hash rates. */
  public double localDeadHashRate() {
    return minerDeadHashRates.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Counts of this node's shares in a window of the best chain.
   *
   * @param unstale shares in the chain with no stale mark
   * @param orphan shares marked orphan
   * @param doa shares marked dead on arrival
   */
  public record ShareCounts(long unstale, long orphan, long doa) {
    public long total() {
      return unstale + orphan + doa;
    }

    public long stale() {
      return orphan + doa;
    }
  }
}
