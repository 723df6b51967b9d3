package org.p2poolj.share.network;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.p2poolj.coin.chain.ChainParams;

/** The shipped networks: JT's four (spec §5.1) and two regtest defaults of our own. */
public final class PoolNetworks {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  private PoolNetworks() {}

  public static List<String> names() {
    return List.of(
        "bitcoin",
        "bitcoin-testnet",
        "bitcoin-regtest",
        "litecoin",
        "litecoin-testnet",
        "litecoin-regtest");
  }

  /** Accepts p2pool's underscore spelling too ({@code litecoin_testnet}). */
  public static PoolNetwork byName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (n) {
      case "bitcoin" -> bitcoin();
      case "bitcoin-testnet" -> bitcoinTestnet();
      case "bitcoin-regtest" -> bitcoinRegtest();
      case "litecoin" -> litecoin();
      case "litecoin-testnet" -> litecoinTestnet();
      case "litecoin-regtest" -> litecoinRegtest();
      default ->
          throw new IllegalArgumentException(
              "unknown share-chain network '" + name + "'; known: " + names());
    };
  }

  private static BigInteger div(BigInteger d) {
    return TWO_256.divide(d).subtract(BigInteger.ONE);
  }

  private static PoolNetworkBuilder base(String name, String parent) {
    return new PoolNetworkBuilder()
        .name(name)
        .parent(ChainParams.byName(parent))
        .targetLookbehind(200)
        .spread(3)
        .minTarget(BigInteger.ZERO)
        .blockMaxSize(1_000_000)
        .blockMaxWeight(4_000_000);
  }

  public static PoolNetwork bitcoin() {
    return base("bitcoin", "bitcoin")
        .identifierHex("fc70035c7a81bc6f")
        .prefixHex("2472ef181efcd37b")
        .p2pPort(9333)
        .workerPort(9332)
        .sharePeriod(30)
        .chainLength(24 * 60 * 60 / 10)
        .maxTarget(div(BigInteger.ONE.shiftLeft(32)))
        .persist(true)
        .minimumProtocolVersion(3301)
        .segwitActivationVersion(33)
        .bootstrapAddrs(
            List.of(
                "ml.toom.im",
                "ml.toom.im:9336",
                "ml.toom.im:9334",
                "btc-fork.coinpool.pw:9335",
                "crypto.office-on-the.net:9335",
                "btc.p2pool.leblancnet.us"))
        .build();
  }

  public static PoolNetwork bitcoinTestnet() {
    return base("bitcoin-testnet", "bitcoin-testnet")
        .identifierHex("5fc2be2d4f0d6bfb")
        .prefixHex("3f6057a15036f441")
        .p2pPort(19333)
        .workerPort(19332)
        .sharePeriod(30)
        .chainLength(60 * 60 / 10)
        .maxTarget(div(BigInteger.ONE.shiftLeft(32)))
        .persist(false)
        .minimumProtocolVersion(3200)
        .segwitActivationVersion(15)
        .bootstrapAddrs(List.of("forre.st", "liteco.in", "78.158.149.247"))
        .build();
  }

  public static PoolNetwork litecoin() {
    return base("litecoin", "litecoin")
        .identifierHex("e037d5b8c6923410")
        .prefixHex("7208c1a53ef629b0")
        .p2pPort(9326)
        .workerPort(9327)
        .sharePeriod(15)
        .chainLength(24 * 60 * 60 / 10)
        .maxTarget(div(BigInteger.ONE.shiftLeft(20)))
        .persist(true)
        .minimumProtocolVersion(3301)
        .segwitActivationVersion(17)
        .bootstrapAddrs(
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
                "194.190.93.235"))
        .build();
  }

  public static PoolNetwork litecoinTestnet() {
    return base("litecoin-testnet", "litecoin-testnet")
        .identifierHex("cca5e24ec6408b1e")
        .prefixHex("ad9614f6466a39cf")
        .p2pPort(19338)
        .workerPort(19327)
        .sharePeriod(4)
        .chainLength(20 * 60 / 3)
        .maxTarget(div(BigInteger.valueOf(20)))
        .persist(false)
        .minimumProtocolVersion(3301)
        .segwitActivationVersion(17)
        .bootstrapAddrs(List.of("forre.st"))
        .build();
  }

  /**
   * Our own regtest chain: short window and easy shares so a laptop CPU finds them, with its own
   * identifier and prefix so it never mixes with a public chain.
   */
  public static PoolNetwork litecoinRegtest() {
    return base("litecoin-regtest", "litecoin-regtest")
        .identifierHex("70326a6c74637274")
        .prefixHex("70326a6c74637270")
        .p2pPort(19446)
        .workerPort(19447)
        .sharePeriod(5)
        .chainLength(120)
        .targetLookbehind(20)
        .maxTarget(div(BigInteger.TWO))
        .persist(false)
        .minimumProtocolVersion(3301)
        .segwitActivationVersion(17)
        .build();
  }

  public static PoolNetwork bitcoinRegtest() {
    return base("bitcoin-regtest", "bitcoin-regtest")
        .identifierHex("70326a6274637274")
        .prefixHex("70326a6274637270")
        .p2pPort(18446)
        .workerPort(18447)
        .sharePeriod(5)
        .chainLength(120)
        .targetLookbehind(20)
        .maxTarget(div(BigInteger.TWO))
        .persist(false)
        .minimumProtocolVersion(3301)
        .segwitActivationVersion(33)
        .build();
  }
}
