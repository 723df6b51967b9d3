package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.network.PoolNetwork;

/**
 * Mines a run of valid v35 shares from a seeded random source: for tests, the benchmark and the
 * simulator. Each share goes to {@code sink} (normally a tracker's add) before the next is built on
 * it, so {@code chain} must see it.
 */
public final class SyntheticChain {
  /** Knobs of the generated chain; targets are chosen relative to the network's max target. */
  public record Options(
      ShareKind kind,
      List<String> addresses,
      long startTime,
      long blockBits,
      long subsidy,
      double donationChance,
      double hardTargetChance) {}

  private final PoolNetwork net;
  private final ShareFactory factory;
  private final RandomGenerator random;
  private final Options options;
  private final Hash256 previousBlock;
  private long time;
  private long count;

  public SyntheticChain(PoolNetwork net, RandomGenerator random, Options options) {
    this.net = net;
    this.factory = new ShareFactory(net);
    this.random = random;
    this.options = options;
    byte[] pb = new byte[32];
    random.nextBytes(pb);
    this.previousBlock = Hash256.wrap(pb);
    this.time = options.startTime();
  }

  /** v34+ pay the address; older kinds a hash160 derived from it (any 20 bytes will do). */
  private Payee payee(String address) {
    if (options.kind().hasAddressPayee()) {
      return new Payee.Address(address);
    }
    byte[] h = Sha256d.hash(address.getBytes(StandardCharsets.UTF_8));
    return new Payee.PubkeyHash(Arrays.copyOf(h, 20));
  }

  /** The same generator switched to another share kind (for version-switch scenarios). */
  public SyntheticChain withKind(ShareKind kind) {
    SyntheticChain c =
        new SyntheticChain(
            net,
            random,
            new Options(
                kind,
                options.addresses(),
                time,
                options.blockBits(),
                options.subsidy(),
                options.donationChance(),
                options.hardTargetChance()));
    c.count = count;
    return c;
  }

  /** Mines {@code n} shares on top of {@code prev} (null: a new genesis share). */
  public Hash256 extend(ChainView chain, Hash256 prev, int n, Consumer<LoadedShare> sink) {
    for (int i = 0; i < n; i++) {
      LoadedShare s = next(chain, prev, null);
      sink.accept(s);
      prev = s.hash();
    }
    return prev;
  }

  /** One share on {@code prev}, optionally paying {@code address} instead of a random payee. */
  public LoadedShare next(ChainView chain, Hash256 prev, String address) {
    return next(chain, prev, address, List.of());
  }

  /** As {@link #next(ChainView, Hash256, String)}; a v17-v33 share commits to {@code txs}. */
  public LoadedShare next(ChainView chain, Hash256 prev, String address, List<Hash256> txs) {
    List<String> addrs = options.addresses();
    String payee = address != null ? address : addrs.get(random.nextInt(addrs.size()));
    int donation = random.nextDouble() < options.donationChance() ? random.nextInt(65536) : 0;
    long height = 3_000_000 + count++;
    byte[] coinbase = {0x03, (byte) height, (byte) (height >> 8), (byte) (height >> 16)};
    ShareData data =
        new ShareData(
            prev,
            coinbase,
            random.nextLong() & 0xffffffffL,
            payee(payee),
            options.subsidy(),
            donation,
            0,
            ShareKind.V35.votingVersion());
    BigInteger desired =
        random.nextDouble() < options.hardTargetChance()
            ? net.maxTarget().divide(BigInteger.valueOf(2 + random.nextInt(40)))
            : Targets.TWO_256.subtract(BigInteger.ONE);
    time += net.sharePeriod() + random.nextInt(3) - 1;
    ShareTemplate t =
        new ShareTemplate(
            options.kind(),
            data,
            0x20000000L,
            previousBlock,
            options.blockBits(),
            time,
            desired,
            random.nextLong(),
            SegwitData.EMPTY);
    Share share = factory.mine(chain, t, txs, random.nextLong() & 0xffffffffL, 100_000);
    if (share == null) {
      throw new IllegalStateException("no PoW found in 100000 nonces; is the max target easy?");
    }
    return ShareLoader.load(share, net, false);
  }
}
