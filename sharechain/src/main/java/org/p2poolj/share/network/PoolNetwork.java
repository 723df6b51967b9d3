package org.p2poolj.share.network;

import java.math.BigInteger;
import java.util.List;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.share.ShareKind;

/**
 * One p2pool share-chain network. {@code identifier} goes into every share's ref hash; {@code
 * prefix} frames p2p messages. {@code minimumProtocolVersion} is the static floor; the run-time
 * ratchet (spec §1.5) lives in the tracker.
 */
public record PoolNetwork(
    String name,
    ChainParams parent,
    byte[] identifier,
    byte[] prefix,
    int p2pPort,
    int workerPort,
    int sharePeriod,
    int chainLength,
    int realChainLength,
    int targetLookbehind,
    int spread,
    BigInteger minTarget,
    BigInteger maxTarget,
    int minimumProtocolVersion,
    int segwitActivationVersion,
    boolean persist,
    List<String> bootstrapAddrs,
    int blockMaxSize,
    int blockMaxWeight) {

  public PoolNetwork {
    if (identifier.length != 8 || prefix.length != 8) {
      throw new IllegalArgumentException("identifier and prefix must be 8 bytes each");
    }
    if (sharePeriod <= 0 || chainLength < 2 || realChainLength < 1 || targetLookbehind < 2) {
      throw new IllegalArgumentException(
          "share period must be positive, chain length >= 2, target lookbehind >= 2");
    }
    if (realChainLength > chainLength) {
      throw new IllegalArgumentException("real chain length must not exceed the chain length");
    }
    if (spread <= 0) {
      throw new IllegalArgumentException("spread must be positive");
    }
    if (minTarget.signum() < 0 || maxTarget.signum() <= 0 || minTarget.compareTo(maxTarget) > 0) {
      throw new IllegalArgumentException("need 0 <= min target <= max target, max target > 0");
    }
    identifier = identifier.clone();
    prefix = prefix.clone();
    bootstrapAddrs = List.copyOf(bootstrapAddrs);
  }

  @Override
  public byte[] identifier() {
    return identifier.clone();
  }

  @Override
  public byte[] prefix() {
    return prefix.clone();
  }

  /** Segwit is active for a share kind when {@code VERSION >= SAV} and SAV is positive. */
  public boolean segwitActive(ShareKind kind) {
    return segwitActivationVersion > 0 && kind.version() >= segwitActivationVersion;
  }

  /** A builder pre-filled with this network's values, for config overrides. */
  public PoolNetworkBuilder toBuilder() {
    return PoolNetworkBuilder.from(this);
  }

  /** Shorthand for a known network: see {@link PoolNetworks#byName}. */
  public static PoolNetwork byName(String name) {
    return PoolNetworks.byName(name);
  }
}
