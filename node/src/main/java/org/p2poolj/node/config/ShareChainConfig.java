package org.p2poolj.node.config;

import java.util.List;

/**
 * {@code [sharechain]}: optional overrides of the pool network's parameters, for running a private
 * share chain. Every key left unset (null here) keeps the network's built-in value; setting any of
 * them makes the node incompatible with the public p2pool network.
 */
public record ShareChainConfig(
    String identifier,
    String prefix,
    Integer sharePeriod,
    Integer chainLength,
    Integer targetLookbehind,
    Integer spread,
    String minTarget,
    String maxTarget,
    Integer minimumProtocolVersion,
    Integer segwitActivationVersion,
    List<String> bootstrapPeers) {
  /** No overrides: the network's own share chain. */
  public static final ShareChainConfig NONE =
      new ShareChainConfig(null, null, null, null, null, null, null, null, null, null, null);

  public ShareChainConfig {
    identifier = Checks.hexOfLength("identifier", identifier, 16);
    prefix = Checks.hexOfLength("prefix", prefix, 16);
    Checks.atLeastOrNull("share_period", sharePeriod, 1);
    Checks.atLeastOrNull("chain_length", chainLength, 1);
    Checks.atLeastOrNull("target_lookbehind", targetLookbehind, 1);
    Checks.atLeastOrNull("spread", spread, 1);
    minTarget = Checks.hexUpTo("min_target", minTarget, 64);
    maxTarget = Checks.hexUpTo("max_target", maxTarget, 64);
    Checks.atLeastOrNull("minimum_protocol_version", minimumProtocolVersion, 0);
    Checks.atLeastOrNull("segwit_activation_version", segwitActivationVersion, 0);
    bootstrapPeers =
        bootstrapPeers == null ? null : Checks.hostPorts("bootstrap_peers", bootstrapPeers);
  }

  /** True when no key is overridden. */
  public boolean overridesNothing() {
    return equals(NONE);
  }
}
