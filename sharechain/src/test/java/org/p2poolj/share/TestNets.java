package org.p2poolj.share;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.address.Bech32;
import org.p2poolj.share.address.PayoutScripts;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;

/** A tiny sha256d share chain (fast to mine) and seeded payout addresses for tests. */
public final class TestNets {
  private TestNets() {}

  /** bitcoin-regtest with CHAIN_LENGTH 20 and a lookbehind of 8 so every rule is reached. */
  public static PoolNetwork small() {
    return PoolNetworks.bitcoinRegtest().toBuilder().chainLength(20).targetLookbehind(8).build();
  }

  /** CHAIN_LENGTH 100: long enough for far_share_hash (99 back) on chains that are not rooted. */
  public static PoolNetwork medium() {
    return PoolNetworks.bitcoinRegtest().toBuilder().chainLength(100).targetLookbehind(20).build();
  }

  /** P2PKH, P2SH and P2WPKH addresses for bitcoin-regtest. */
  public static List<String> addresses(RandomGenerator r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[20];
      r.nextBytes(h);
      out.add(
          switch (i % 3) {
            case 0 -> PayoutScripts.pubkeyHashToAddress(h, 111);
            case 1 -> PayoutScripts.pubkeyHashToAddress(h, 196);
            default -> Bech32.encodeSegwit("bcrt", 0, h);
          });
    }
    return out;
  }

  public static SyntheticChain chain(PoolNetwork net, RandomGenerator r, int addresses) {
    return chain(net, r, addresses, ShareKind.V35);
  }

  public static SyntheticChain chain(
      PoolNetwork net, RandomGenerator r, int addresses, ShareKind kind) {
    long blockBits = Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(12)));
    return new SyntheticChain(
        net,
        r,
        new SyntheticChain.Options(
            kind, addresses(r, addresses), 1_714_426_000L, blockBits, 625_000_000L, 0.3, 0.3));
  }

  /**
   * v17 shares (with transaction refs) whose block target is too hard for any of them to be a block
   * solution, since solutions are never punished.
   */
  public static SyntheticChain unpunishableV17(PoolNetwork net, RandomGenerator r) {
    return new SyntheticChain(
        net,
        r,
        new SyntheticChain.Options(
            ShareKind.V17,
            addresses(r, 4),
            1_714_426_000L,
            Targets.encode(BigInteger.ONE.shiftLeft(200)),
            625_000_000L,
            0,
            0));
  }
}
