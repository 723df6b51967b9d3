package org.p2poolj.bench.sync;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.p2poolj.coin.address.Base58;
import org.p2poolj.coin.address.Bech32;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * The benchmark chain: v35 shares on LTC mainnet parameters (CHAIN_LENGTH 8640, 15 s shares, 400
 * payout addresses) except MAX_TARGET 2^256/2-1, so scrypt is computed and checked for every share
 * but mining succeeds about every second nonce. Generating it takes minutes, so it is cached in a
 * file of length-prefixed {@code share_type} bytes and reused.
 */
final class BenchChain {
  static final long START_TIME = 1_714_000_000L;
  private static final int MAGIC = 0x53594e43; // "SYNC"

  private BenchChain() {}

  static PoolNetwork net() {
    return PoolNetworks.litecoin().toBuilder()
        .name("litecoin-bench")
        .maxTarget(Targets.TWO_256.divide(BigInteger.TWO).subtract(BigInteger.ONE))
        .build();
  }

  /** The chain's shares as wire bytes, oldest first: read from {@code cache}, or made and saved. */
  static List<byte[]> load(PoolNetwork net, int shares, Path cache) throws IOException {
    if (Files.isRegularFile(cache)) {
      List<byte[]> cached = read(cache);
      if (cached.size() == shares) {
        return cached;
      }
    }
    long t0 = System.nanoTime();
    List<byte[]> made = generate(net, shares);
    System.out.printf(
        "generated %d shares in %d ms; cached in %s%n",
        shares, (System.nanoTime() - t0) / 1_000_000, cache);
    write(cache, made);
    return made;
  }

  private static List<byte[]> generate(PoolNetwork net, int shares) {
    SplittableRandom r = new SplittableRandom(2026);
    long blockBits = Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(20_000)));
    SyntheticChain gen =
        new SyntheticChain(
            net,
            r,
            new SyntheticChain.Options(
                ShareKind.V35, addresses(r, 400), START_TIME, blockBits, 625_000_000L, 0.2, 0.3));
    ShareTracker maker = new ShareTracker(net, new Random(1));
    List<byte[]> wire = new ArrayList<>(shares);
    gen.extend(
        maker,
        null,
        shares,
        s -> {
          maker.add(s, null, s.timestamp());
          wire.add(ShareCodec.encode(s.share(), net));
        });
    return wire;
  }

  private static List<String> addresses(SplittableRandom r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] h = new byte[20];
      r.nextBytes(h);
      if (i % 3 == 2) {
        out.add(Bech32.encodeSegwit("ltc", 0, h));
      } else {
        byte[] payload = new byte[21];
        payload[0] = (byte) (i % 3 == 0 ? 48 : 50);
        System.arraycopy(h, 0, payload, 1, 20);
        out.add(Base58.encodeCheck(payload));
      }
    }
    return out;
  }

  private static List<byte[]> read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != MAGIC) {
        return List.of();
      }
      int n = in.readInt();
      List<byte[]> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        out.add(b);
      }
      return out;
    }
  }

  private static void write(Path file, List<byte[]> shares) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "sync-chain", ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
      out.writeInt(MAGIC);
      out.writeInt(shares.size());
      for (byte[] b : shares) {
        out.writeInt(b.length);
        out.write(b);
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
