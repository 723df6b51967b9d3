package org.p2poolj.coin.chain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;

/**
 * The constants of one coin network. Mainnet and testnet values follow p2pool's coin definitions
 * (spec §5.2); regtest values follow the daemons' own chain parameters.
 *
 * @param p2shVersions accepted P2SH version bytes; the first is the one used when encoding
 * @param mwebHrp the Litecoin MWEB address prefix, or {@code null} for coins without MWEB
 * @param dumbScryptDiff p2pool's display/stratum difficulty multiplier (65536 for scrypt coins)
 */
public record ChainParams(
    String name,
    Coin coin,
    byte[] p2pMagic,
    int p2pPort,
    int rpcPort,
    int p2pkhVersion,
    List<Integer> p2shVersions,
    String bech32Hrp,
    String mwebHrp,
    PowFunction pow,
    int blockPeriodSeconds,
    long dumbScryptDiff,
    String symbol,
    Hash256 genesisHash) {

  public static final ChainParams LITECOIN =
      new ChainParams(
          "litecoin",
          Coin.LITECOIN,
          Hex.decode("fbc0b6db"),
          9333,
          9332,
          48,
          List.of(50, 5),
          "ltc",
          "ltcmweb",
          PowFunction.SCRYPT,
          150,
          65536,
          "LTC",
          Hash256.fromHex("12a765e31ffd4059bada1e25190f6e98c99d9714d334efa41a195a7e7e04bfe2"));

  public static final ChainParams LITECOIN_TESTNET =
      new ChainParams(
          "litecoin-testnet",
          Coin.LITECOIN,
          Hex.decode("fdd2c8f1"),
          19335,
          19332,
          111,
          List.of(58, 196),
          "tltc",
          "tmweb",
          PowFunction.SCRYPT,
          150,
          65536,
          "tLTC",
          Hash256.fromHex("4966625a4b2851d9fdee139e56211a0d88575f59ed816ff5e6a63deb4e3e29a0"));

  public static final ChainParams LITECOIN_REGTEST =
      new ChainParams(
          "litecoin-regtest",
          Coin.LITECOIN,
          Hex.decode("fabfb5da"),
          19444,
          19443,
          111,
          List.of(58, 196),
          "rltc",
          "tmweb",
          PowFunction.SCRYPT,
          150,
          65536,
          "rLTC",
          Hash256.fromHex("530827f38f93b43ed12af0b3ad25a288dc02ed74d6d7857862df51fc56c416f9"));

  public static final ChainParams BITCOIN =
      new ChainParams(
          "bitcoin",
          Coin.BITCOIN,
          Hex.decode("f9beb4d9"),
          8333,
          8332,
          0,
          List.of(5),
          "bc",
          null,
          PowFunction.SHA256D,
          600,
          1,
          "BTC",
          Hash256.fromHex("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"));

  public static final ChainParams BITCOIN_TESTNET =
      new ChainParams(
          "bitcoin-testnet",
          Coin.BITCOIN,
          Hex.decode("0b110907"),
          18333,
          18332,
          111,
          List.of(196),
          "tb",
          null,
          PowFunction.SHA256D,
          600,
          1,
          "tBTC",
          Hash256.fromHex("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943"));

  public static final ChainParams BITCOIN_REGTEST =
      new ChainParams(
          "bitcoin-regtest",
          Coin.BITCOIN,
          Hex.decode("fabfb5da"),
          18444,
          18443,
          111,
          List.of(196),
          "bcrt",
          null,
          PowFunction.SHA256D,
          600,
          1,
          "rBTC",
          Hash256.fromHex("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"));

  private static final List<ChainParams> ALL =
      List.of(
          LITECOIN, LITECOIN_TESTNET, LITECOIN_REGTEST, BITCOIN, BITCOIN_TESTNET, BITCOIN_REGTEST);

  public ChainParams {
    Objects.requireNonNull(name);
    Objects.requireNonNull(coin);
    Objects.requireNonNull(pow);
    Objects.requireNonNull(genesisHash);
    if (p2pMagic.length != 4) {
      throw new IllegalArgumentException("p2p magic must be 4 bytes");
    }
    if (p2shVersions.isEmpty()) {
      throw new IllegalArgumentException("need at least one P2SH version");
    }
    p2pMagic = p2pMagic.clone();
    p2shVersions = List.copyOf(p2shVersions);
  }

  @Override
  public byte[] p2pMagic() {
    return p2pMagic.clone();
  }

  /** Every built-in network, Litecoin first. */
  public static List<ChainParams> all() {
    return ALL;
  }

  /**
   * Looks a network up by name ({@code litecoin}, {@code litecoin-testnet}, ..., {@code
   * bitcoin-regtest}); underscores are accepted for dashes, as p2pool spells them.
   *
   * @throws IllegalArgumentException naming the known networks when there is no match
   */
  public static ChainParams byName(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ChainParams p : ALL) {
      if (p.name.equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown network '" + name + "'; known: " + ALL.stream().map(ChainParams::name).toList());
  }

  public boolean isRegtest() {
    return name.endsWith("-regtest");
  }

  public boolean isTestnet() {
    return name.endsWith("-testnet");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainParams p
        && name.equals(p.name)
        && coin == p.coin
        && Arrays.equals(p2pMagic, p.p2pMagic)
        && p2pPort == p.p2pPort
        && rpcPort == p.rpcPort
        && p2pkhVersion == p.p2pkhVersion
        && p2shVersions.equals(p.p2shVersions)
        && bech32Hrp.equals(p.bech32Hrp)
        && Objects.equals(mwebHrp, p.mwebHrp)
        && pow.equals(p.pow)
        && blockPeriodSeconds == p.blockPeriodSeconds
        && dumbScryptDiff == p.dumbScryptDiff
        && symbol.equals(p.symbol)
        && genesisHash.equals(p.genesisHash);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + genesisHash.hashCode();
  }

  @Override
  public String toString() {
    return "ChainParams[" + name + "]";
  }
}
