package org.p2poolj.share.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.HashLink;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareContents;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.SmallHeader;
import org.p2poolj.share.TxRefs;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;

/** Seeded random shares of every kind survive encode -> decode -> encode unchanged. */
class ShareCodecPropertyTest {
  private static final List<PoolNetwork> NETS =
      List.of(PoolNetworks.byName("bitcoin"), PoolNetworks.byName("litecoin-testnet"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void roundTripsEveryKind(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (PoolNetwork net : NETS) {
      for (ShareKind kind : ShareKind.values()) {
        Share s = Share.of(kind, contents(r, kind, net.segwitActive(kind)));
        byte[] wire = ShareCodec.encode(s, net);
        Share back = ShareCodec.decode(wire, net);
        assertThat(back.kind()).isEqualTo(kind);
        assertThat(ShareCodec.encode(back, net)).isEqualTo(wire);
        assertThat(back.shareInfo().abswork()).isEqualTo(s.shareInfo().abswork());
        assertThat(back.shareData().payee().getClass()).isEqualTo(s.shareData().payee().getClass());
        // any truncation is a ProtocolException, never another exception
        int cut = 1 + r.nextInt(wire.length - 1);
        byte[] shortWire = java.util.Arrays.copyOf(wire, cut);
        assertThatThrownBy(() -> ShareCodec.decode(shortWire, net))
            .isInstanceOf(ProtocolException.class);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 16, 36, 1000})
  void obsoleteAndUnknownTypesAreRejectedWithAReason(long type) {
    RawShare raw = new RawShare(type, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> ShareCodec.decode(raw, NETS.get(0)))
        .isInstanceOfSatisfying(
            VerificationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(type < 17 ? Reason.OBSOLETE_SHARE_TYPE : Reason.UNKNOWN_SHARE_TYPE));
  }

  private static ShareContents contents(SplittableRandom r, ShareKind kind, boolean segwit) {
    SmallHeader h =
        new SmallHeader(
            r.nextLong(1L << 33), r.nextBoolean() ? null : hash(r), u32(r), u32(r), u32(r));
    byte[] coinbase = bytes(r, 2 + r.nextInt(99));
    Payee payee =
        kind.hasAddressPayee()
            ? Payee.Address.ofBytes(bytes(r, r.nextInt(70)))
            : new Payee.PubkeyHash(bytes(r, 20));
    ShareData d =
        new ShareData(
            r.nextBoolean() ? null : hash(r),
            coinbase,
            u32(r),
            payee,
            r.nextLong(),
            r.nextInt(65536),
            r.nextInt(256),
            r.nextLong(Long.MAX_VALUE));
    SegwitData sw = segwit ? new SegwitData(hashes(r, r.nextInt(4)), hash(r)) : null;
    TxRefs refs = null;
    if (kind.hasTransactionRefs()) {
      int n = r.nextInt(4);
      long[] pairs = new long[2 * r.nextInt(5)];
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] = r.nextLong(1L << 40);
      }
      refs = new TxRefs(hashes(r, n), pairs);
    }
    ShareInfo info =
        new ShareInfo(
            d,
            sw,
            refs,
            r.nextBoolean() ? null : hash(r),
            u32(r),
            u32(r),
            u32(r),
            u32(r),
            new BigInteger(128, new java.util.Random(r.nextLong())));
    return new ShareContents(
        h,
        info,
        hashes(r, r.nextInt(3)),
        r.nextLong(),
        new HashLink(bytes(r, 32), r.nextLong(1L << 40)),
        hashes(r, r.nextInt(3)));
  }

  private static long u32(SplittableRandom r) {
    return r.nextLong(1L << 32);
  }

  private static byte[] bytes(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static Hash256 hash(SplittableRandom r) {
    byte[] b = bytes(r, 32);
    b[0] |= 1; // never the all-zero None value
    return Hash256.wrap(b);
  }

  private static List<Hash256> hashes(SplittableRandom r, int n) {
    List<Hash256> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(hash(r));
    }
    return out;
  }
}
