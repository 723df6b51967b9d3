package org.p2poolj.web.graph;

import java.util.List;

/** The streams the reference node records, with the same names and kinds. */
public final class GraphStreams {
  public static final String LOCAL_HASH_RATE = "local_hash_rate";
  public static final String LOCAL_DEAD_HASH_RATE = "local_dead_hash_rate";
  public static final String LOCAL_SHARE_HASH_RATES = "local_share_hash_rates";
  public static final String POOL_RATES = "pool_rates";
  public static final String CURRENT_PAYOUT = "current_payout";
  public static final String CURRENT_PAYOUTS = "current_payouts";
  public static final String PEERS = "peers";
  public static final String MINER_HASH_RATES = "miner_hash_rates";
  public static final String MINER_DEAD_HASH_RATES = "miner_dead_hash_rates";
  public static final String DESIRED_VERSION_RATES = "desired_version_rates";
  public static final String TRAFFIC_RATE = "traffic_rate";
  public static final String GETWORK_LATENCY = "getwork_latency";
  public static final String MEMORY_USAGE = "memory_usage";

  /** Miner maps keep many keys so a node with many workers still charts each one. */
  private static final int MINER_KEEP = 10_000;

  public static final List<StreamSpec> ALL =
      List.of(
          StreamSpec.rate(LOCAL_HASH_RATE),
          StreamSpec.rate(LOCAL_DEAD_HASH_RATE),
          new StreamSpec(LOCAL_SHARE_HASH_RATES, false, true, true, 20),
          StreamSpec.multiGauge(POOL_RATES, true),
          StreamSpec.gauge(CURRENT_PAYOUT),
          StreamSpec.multiGauge(CURRENT_PAYOUTS, false),
          StreamSpec.multiGauge(PEERS, false),
          StreamSpec.multiRate(MINER_HASH_RATES, MINER_KEEP),
          StreamSpec.multiRate(MINER_DEAD_HASH_RATES, MINER_KEEP),
          StreamSpec.multiGauge(DESIRED_VERSION_RATES, true),
          StreamSpec.multiRate(TRAFFIC_RATE, 20),
          StreamSpec.gauge(GETWORK_LATENCY),
          StreamSpec.gauge(MEMORY_USAGE));

  private GraphStreams() {}
}
