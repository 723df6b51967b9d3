package org.p2poolj.share.network;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.p2poolj.coin.chain.ChainParams;

/** Mutable builder for {@link PoolNetwork}; used for custom, private and regtest chains. */
public final class PoolNetworkBuilder {
  private String name;
  private ChainParams parent;
  private byte[] identifier;
  private byte[] prefix;
  private int p2pPort;
  private int workerPort;
  private int sharePeriod;
  private int chainLength;
  private int realChainLength;
  private int targetLookbehind;
  private int spread;
  private BigInteger minTarget = BigInteger.ZERO;
  private BigInteger maxTarget;
  private int minimumProtocolVersion;
  private int segwitActivationVersion;
  private boolean persist;
  private List<String> bootstrapAddrs = List.of();
  private int blockMaxSize = 1_000_000;
  private int blockMaxWeight = 4_000_000;

  public static PoolNetworkBuilder from(PoolNetwork n) {
    PoolNetworkBuilder b = new PoolNetworkBuilder();
    b.name = n.name();
    b.parent = n.parent();
    b.identifier = n.identifier();
    b.prefix = n.prefix();
    b.p2pPort = n.p2pPort();
    b.workerPort = n.workerPort();
    b.sharePeriod = n.sharePeriod();
    b.chainLength = n.chainLength();
    b.realChainLength = n.realChainLength();
    b.targetLookbehind = n.targetLookbehind();
    b.spread = n.spread();
    b.minTarget = n.minTarget();
    b.maxTarget = n.maxTarget();
    b.minimumProtocolVersion = n.minimumProtocolVersion();
    b.segwitActivationVersion = n.segwitActivationVersion();
    b.persist = n.persist();
    b.bootstrapAddrs = n.bootstrapAddrs();
    b.blockMaxSize = n.blockMaxSize();
    b.blockMaxWeight = n.blockMaxWeight();
    return b;
  }

  public PoolNetworkBuilder name(String v) {
    name = v;
    return this;
  }

  public PoolNetworkBuilder parent(ChainParams v) {
    parent = v;
    return this;
  }

  public PoolNetworkBuilder identifier(byte[] v) {
    identifier = v.clone();
    return this;
  }

  public PoolNetworkBuilder identifierHex(String hex) {
    return identifier(HexFormat.of().parseHex(hex));
  }

  public PoolNetworkBuilder prefix(byte[] v) {
    prefix = v.clone();
    return this;
  }

  public PoolNetworkBuilder prefixHex(String hex) {
    return prefix(HexFormat.of().parseHex(hex));
  }

  public PoolNetworkBuilder p2pPort(int v) {
    p2pPort = v;
    return this;
  }

  public PoolNetworkBuilder workerPort(int v) {
    workerPort = v;
    return this;
  }

  public PoolNetworkBuilder sharePeriod(int v) {
    sharePeriod = v;
    return this;
  }

  /** Sets both CHAIN_LENGTH and REAL_CHAIN_LENGTH, as every shipped network has them equal. */
  public PoolNetworkBuilder chainLength(int v) {
    chainLength = v;
    realChainLength = v;
    return this;
  }

  public PoolNetworkBuilder realChainLength(int v) {
    realChainLength = v;
    return this;
  }

  public PoolNetworkBuilder targetLookbehind(int v) {
    targetLookbehind = v;
    return this;
  }

  public PoolNetworkBuilder spread(int v) {
    spread = v;
    return this;
  }

  public PoolNetworkBuilder minTarget(BigInteger v) {
    minTarget = v;
    return this;
  }

  public PoolNetworkBuilder maxTarget(BigInteger v) {
    maxTarget = v;
    return this;
  }

  public PoolNetworkBuilder minimumProtocolVersion(int v) {
    minimumProtocolVersion = v;
    return this;
  }

  public PoolNetworkBuilder segwitActivationVersion(int v) {
    segwitActivationVersion = v;
    return this;
  }

  public PoolNetworkBuilder persist(boolean v) {
    persist = v;
    return this;
  }

  public PoolNetworkBuilder bootstrapAddrs(List<String> v) {
    bootstrapAddrs = List.copyOf(v);
    return this;
  }

  public PoolNetworkBuilder blockMaxSize(int v) {
    blockMaxSize = v;
    return this;
  }

  public PoolNetworkBuilder blockMaxWeight(int v) {
    blockMaxWeight = v;
    return this;
  }

  public PoolNetwork build() {
    if (name == null || parent == null || identifier == null || prefix == null) {
      throw new IllegalStateException("name, parent, identifier and prefix are required");
    }
    if (maxTarget == null) {
      throw new IllegalStateException("max target is required");
    }
    return new PoolNetwork(
        name,
        parent,
        identifier,
        prefix,
        p2pPort,
        workerPort,
        sharePeriod,
        chainLength,
        realChainLength,
        targetLookbehind,
        spread,
        minTarget,
        maxTarget,
        minimumProtocolVersion,
        segwitActivationVersion,
        persist,
        bootstrapAddrs,
        blockMaxSize,
        blockMaxWeight);
  }
}
