package org.p2poolj.p2p;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The p2p side of a share-chain network (spec 5.1): message prefix, default port, static protocol
 * floor and bootstrap addresses. The node may build others (e.g. for regtest) with the constructor.
 */
public record P2pNetwork(
    String name,
    byte[] prefix,
    int defaultPort,
    long minimumProtocolVersion,
    List<String> bootstrap) {
  public static final P2pNetwork BITCOIN =
      of(
          "bitcoin",
          "2472ef181efcd37b",
          9333,
          3301,
          List.of(
              "ml.toom.im",
              "ml.toom.im:9336",
              "ml.toom.im:9334",
              "btc-fork.coinpool.pw:9335",
              "crypto.office-on-the.net:9335",
              "btc.p2pool.leblancnet.us"));
  public static final P2pNetwork BITCOIN_TESTNET =
      of(
          "bitcoin-testnet",
          "3f6057a15036f441",
          19333,
          3200,
          List.of("forre.st", "liteco.in", "78.158.149.247"));
  public static final P2pNetwork LITECOIN =
      of(
          "litecoin",
          "7208c1a53ef629b0",
          9326,
          3301,
          List.of(
              "crypto.office-on-the.net",
              "ltc.p2pool.leblancnet.us",
              "51.148.43.34",
              "68.131.29.131",
              "87.102.46.100",
              "89.237.60.231",
              "95.79.35.133",
              "96.255.61.32",
              "174.56.93.93",
              "178.238.236.130",
              "194.190.93.235"));
  public static final P2pNetwork LITECOIN_TESTNET =
      of("litecoin-testnet", "ad9614f6466a39cf", 19338, 3301, List.of("forre.st"));

  public P2pNetwork {
    if (prefix.length != 8) {
      throw new IllegalArgumentException("a network prefix is 8 bytes");
    }
    prefix = prefix.clone();
    bootstrap = List.copyOf(bootstrap);
  }

  private static P2pNetwork of(
      String name, String prefixHex, int port, long floor, List<String> bootstrap) {
    return new P2pNetwork(name, HexFormat.of().parseHex(prefixHex), port, floor, bootstrap);
  }

  @Override
  public byte[] prefix() {
    return prefix.clone();
  }

  /** This network with another bootstrap list (tests use none). */
  public P2pNetwork withBootstrap(List<String> addrs) {
    return new P2pNetwork(name, prefix, defaultPort, minimumProtocolVersion, addrs);
  }

  public static Optional<P2pNetwork> byName(String name) {
    return List.of(BITCOIN, BITCOIN_TESTNET, LITECOIN, LITECOIN_TESTNET).stream()
        .filter(n -> n.name.equals(name))
        .findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof P2pNetwork n
        && n.name.equals(name)
        && Arrays.equals(n.prefix, prefix)
        && n.defaultPort == defaultPort
        && n.minimumProtocolVersion == minimumProtocolVersion
        && n.bootstrap.equals(bootstrap);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(prefix);
  }

  @Override
  public String toString() {
    return name;
  }
}
