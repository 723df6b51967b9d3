package org.p2poolj.bench.share;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.p2poolj.coin.address.Base58;
import org.p2poolj.coin.address.Bech32;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Scrypt;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.PowBatch;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * Builds, then verifies from the wire, a chain of CHAIN_LENGTH (8640) v35 shares with LTC mainnet
 * parameters and hundreds of payout addresses, and prints the figures.
 *
 * <p>Mining 8640 shares at LTC's real MAX_TARGET (2^256/2^20) is out of reach on a laptop CPU, so
 * the network is LTC mainnet with MAX_TARGET 2^256/2-1: scrypt is still computed and checked for
 * every share, it just succeeds on about every second nonce. Everything else (identifier, share
 * period, chain length, lookbehind, spread, segwit) is the real LTC mainnet value.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.p2poolj.bench.share.ShareChainBench
 * [shares] [addresses] [extra]}.
 */
public final class ShareChainBench {
  private ShareChainBench() {}

  public static void main(String[] args) {
    int shares = args.length > 0 ? Integer.parseInt(args[0]) : 8640;
    int addressCount = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int extra = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    boolean sha = args.length > 3 && args[3].equals("sha256d");
    // sha256d variant: same chain parameters on the BTC parent, for profiling check() cheaply
    PoolNetwork net =
        (sha
                ? PoolNetworks.bitcoin().toBuilder().chainLength(8640)
                : PoolNetworks.litecoin().toBuilder())
            .name(sha ? "bitcoin-bench" : "litecoin-bench")
            .maxTarget(Targets.TWO_256.divide(BigInteger.TWO).subtract(BigInteger.ONE))
            .build();
    SplittableRandom r = new SplittableRandom(2026);
    List<String> addresses = addresses(net, r, addressCount);
    long blockBits = Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(20_000)));
    SyntheticChain gen =
        new SyntheticChain(
            net,
            r,
            new SyntheticChain.Options(
                org.p2poolj.share.ShareKind.V35,
                addresses,
                1_714_000_000L,
                blockBits,
                625_000_000L,
                0.2,
                0.3));

    System.out.printf(
        "network %s (LTC mainnet params, MAX_TARGET 2^256/2-1), CHAIN_LENGTH %d, %d addresses%n",
        net.name(), net.chainLength(), addressCount);
    long t0 = System.nanoTime();
    ShareTracker maker = new ShareTracker(net, new Random(1));
    List<byte[]> wire = new ArrayList<>(shares + extra);
    List<LoadedShare> made = new ArrayList<>(shares + extra);
    Hash256 head =
        gen.extend(
            maker,
            null,
            shares + extra,
            s -> {
              maker.add(s, null, s.timestamp());
              made.add(s);
              wire.add(ShareCodec.encode(s.share(), net));
            });
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("build (mine + generate) %d shares: %d ms%n", shares + extra, buildMs);
    long now = made.getLast().timestamp() + 10;
    List<byte[]> fullChain = wire.subList(0, shares);

    Result res = null;
    for (int round = 1; round <= 3; round++) {
      res = verifyFull(net, fullChain, now);
      System.out.printf(
          "round %d: full verification of %d shares: %d ms (decode+hash %d ms, then scrypt PoW (%s) on %d"
              + " thread(s) [%d cores] alongside check, then with it: all done after %d ms, check alone %d ms"
              + " wall / %d ms thread CPU), verified %d, load avg %.1f%n",
          round,
          shares,
          res.totalMs,
          res.decodeMs,
          Scrypt.implementation(),
          powThreads(),
          Runtime.getRuntime().availableProcessors(),
          res.powMs,
          res.checkMs,
          res.checkCpuMs,
          res.tracker.verifiedCount(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    perShare(net, res.tracker, wire.subList(shares, shares + extra), now);
    long withChain = usedAfterGc();
    int held = res.tracker.size();
    res = null;
    long withoutChain = usedAfterGc();
    System.out.printf(
        "heap held by the verified chain of %d shares (tracker, caches): %.1f MB%n",
        held, (withChain - withoutChain) / 1e6);
    System.out.println("head " + head.toHex());
  }

  private record Result(
      ShareTracker tracker,
      long totalMs,
      long decodeMs,
      long powMs,
      long checkMs,
      long checkCpuMs) {}

  static int powThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  private static long cpuNs() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static Result verifyFull(PoolNetwork net, List<byte[]> wire, long now) {
    long t0 = System.nanoTime();
    List<LoadedShare> loaded = new ArrayList<>(wire.size());
    for (byte[] w : wire) {
      loaded.add(ShareLoader.load(RawShare.parse(w), net, false));
    }
    long t1 = System.nanoTime();
    // scrypt for the whole batch on the other cores while this thread runs check() (check does
    // not read PoW; the batch is accepted only if both succeed), and then this thread helps with
    // what scrypt is left. A PoW thread per core as well would oversubscribe: check() would get
    // two thirds of a core and finish last.
    ExecutorService exec = Executors.newFixedThreadPool(powThreads());
    PowBatch.Running pow = PowBatch.start(loaded, exec, powThreads());
    long c2 = cpuNs();
    ShareTracker t = new ShareTracker(net, new Random(2));
    for (LoadedShare s : loaded) {
      t.add(s, "peer", now);
    }
    if (!t.verifyChain(loaded.getLast().hash(), now).isEmpty()) {
      throw new IllegalStateException("benchmark chain failed verification");
    }
    long c3 = cpuNs();
    long t2 = System.nanoTime();
    try {
      if (!pow.helpAndJoin().isEmpty()) {
        throw new IllegalStateException("benchmark chain has invalid PoW");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    exec.shutdown();
    long t3 = System.nanoTime();
    return new Result(
        t,
        (t3 - t0) / 1_000_000,
        (t1 - t0) / 1_000_000,
        (t3 - t1) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (c3 - c2) / 1_000_000);
  }

  /** One new share on a full chain: decode, add and check(), PoW excluded. */
  private static void perShare(PoolNetwork net, ShareTracker t, List<byte[]> extra, long now) {
    long[] ns = new long[extra.size()];
    long[] thinkNs = new long[extra.size()];
    long[] cpu = new long[extra.size()];
    for (int i = 0; i < extra.size(); i++) {
      LoadedShare s = ShareLoader.load(RawShare.parse(extra.get(i)), net, false);
      s.powHash();
      long a = System.nanoTime();
      long ca = cpuNs();
      t.add(s, "peer", now);
      if (t.attemptVerify(s.hash(), now).isPresent()) {
        throw new IllegalStateException("extra share failed verification");
      }
      long b = System.nanoTime();
      cpu[i] = cpuNs() - ca;
      t.think(now, h -> 0);
      long c = System.nanoTime();
      ns[i] = b - a;
      thinkNs[i] = c - b;
    }
    System.out.printf(
        "one new share on a full chain (add + check, PoW excluded): mean %.3f ms, median %.3f ms,"
            + " p99 %.3f ms over %d shares; thread CPU mean %.3f ms, median %.3f ms;"
            + " think() after it: median %.3f ms%n",
        Arrays.stream(ns).average().orElse(0) / 1e6,
        pct(ns, 50) / 1e6,
        pct(ns, 99) / 1e6,
        ns.length,
        Arrays.stream(cpu).average().orElse(0) / 1e6,
        pct(cpu, 50) / 1e6,
        pct(thinkNs, 50) / 1e6);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long pct(long[] v, int p) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }

  private static String base58(byte[] hash160, int version) {
    byte[] payload = new byte[21];
    payload[0] = (byte) version;
    System.arraycopy(hash160, 0, payload, 1, 20);
    return Base58.encodeCheck(payload);
  }

  private static List<String> addresses(PoolNetwork net, SplittableRandom r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[20];
      r.nextBytes(h);
      out.add(
          switch (i % 3) {
            case 0 -> base58(h, net.parent().p2pkhVersion());
            case 1 -> base58(h, net.parent().p2shVersions().get(0));
            default -> Bech32.encodeSegwit(net.parent().bech32Hrp(), 0, h);
          });
    }
    return out;
  }
}
