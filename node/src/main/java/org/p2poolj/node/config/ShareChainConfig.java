package org.p2poolj.node.config;

import java.math.BigInteger;
import java.util.List;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworkBuilder;

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
    Checks.atLeastOrNull("chain_length", chainLength, 2);
    Checks.atLeastOrNull("target_lookbehind", targetLookbehind, 2);
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

  /**
   * The network's share-chain parameters with these overrides applied. {@code chain_length} sets
   * both the kept and the paid (PPLNS) length, which the public networks keep equal.
   *
   * @throws BadValueException naming the key (inside the section) when the result is inconsistent
   */
  public PoolNetwork applyTo(PoolNetwork base) {
    if (overridesNothing()) {
      return base;
    }
    PoolNetworkBuilder b = base.toBuilder();
    if (identifier != null) {
      b.identifierHex(identifier);
    }
    if (prefix != null) {
      b.prefixHex(prefix);
    }
    if (sharePeriod != null) {
      b.sharePeriod(sharePeriod);
    }
    if (chainLength != null) {
      b.chainLength(chainLength).realChainLength(chainLength);
    }
    if (targetLookbehind != null) {
      b.targetLookbehind(targetLookbehind);
    }
    if (spread != null) {
      b.spread(spread);
    }
    BigInteger min = minTarget == null ? base.minTarget() : new BigInteger(minTarget, 16);
    BigInteger max = maxTarget == null ? base.maxTarget() : new BigInteger(maxTarget, 16);
    if (max.signum() <= 0) {
      throw new BadValueException("max_target", "must be above zero");
    }
    if (min.compareTo(max) > 0) {
      throw new BadValueException(
          minTarget != null ? "min_target" : "max_target",
          "min_target must not exceed max_target (" + max.toString(16) + ")");
    }
    b.minTarget(min).maxTarget(max);
    if (minimumProtocolVersion != null) {
      b.minimumProtocolVersion(minimumProtocolVersion);
    }
    if (segwitActivationVersion != null) {
      b.segwitActivationVersion(segwitActivationVersion);
    }
    if (bootstrapPeers != null) {
      b.bootstrapAddrs(bootstrapPeers);
    }
    return b.build();
  }
}
