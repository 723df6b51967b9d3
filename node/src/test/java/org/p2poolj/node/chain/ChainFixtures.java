package org.p2poolj.node.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.p2poolj.coin.address.Base58;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;

/** Regtest share-chain helpers for the node's chain and p2p tests. */
public final class ChainFixtures {
  private ChainFixtures() {}

  /** Our litecoin regtest share chain: CHAIN_LENGTH 120, 5 s shares, easy PoW. */
  public static PoolNetwork net() {
    return PoolNetworks.litecoinRegtest();
  }

  /** Regtest P2PKH addresses (version 111), random but seeded. */
  public static List<String> addresses(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] payload = new byte[21];
      r.nextBytes(payload);
      payload[0] = (byte) ChainParams.LITECOIN_REGTEST.p2pkhVersion();
      out.add(Base58.encodeCheck(payload));
    }
    return out;
  }

  /**
   * A generator of valid v35 shares whose timestamps start at {@code startTime} (epoch seconds) and
   * advance about one share period per share.
   */
  public static SyntheticChain generator(PoolNetwork net, long seed, long startTime) {
    long blockBits = Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(20_000)));
    return new SyntheticChain(
        net,
        new SplittableRandom(seed),
        new SyntheticChain.Options(
            ShareKind.V35, addresses(seed, 20), startTime, blockBits, 625_000_000L, 0.1, 0.0));
  }
}
