package org.p2poolj.daemon.rpc;

import java.util.Map;

/**
 * The parts of {@code getblockchaininfo} a pool needs.
 *
 * @param chain "main", "test" or "regtest"
 * @param softforks deployment name to "active"; empty when the daemon moved them elsewhere (Bitcoin
 *     Core 23+ has {@code getdeploymentinfo})
 */
public record ChainInfo(
    String chain,
    long blocks,
    long headers,
    String bestBlockHash,
    boolean initialBlockDownload,
    double verificationProgress,
    Map<String, Boolean> softforks) {
  public ChainInfo {
    softforks = Map.copyOf(softforks);
  }
}
