package org.p2poolj.share.codec;

import java.math.BigInteger;
import java.util.List;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.TxRefs;
import org.p2poolj.share.VerificationException;

/** {@code share_info} as laid out by JT's {@code BaseShare.get_dynamic_types} (spec §3.2). */
public final class ShareInfoCodec {
  /** The PossiblyNone default of segwit_data: empty branch and a wtxid root of 2^256-1. */
  private static final Hash256 ALL_ONES =
      Hash256.fromBigInteger(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));

  private static final int MAX_VARSTR = RawShare.MAX_CONTENTS;

  private ShareInfoCodec() {}

  public static ShareInfo read(ByteReader r, ShareKind kind, boolean segwitActive) {
    ShareData data = readShareData(r, kind);
    SegwitData segwit = segwitActive ? readSegwit(r) : null;
    TxRefs refs = kind.hasTransactionRefs() ? readTxRefs(r) : null;
    Hash256 far = Lists.readOptionalHash(r);
    long maxBits = r.u32le();
    long bits = r.u32le();
    long timestamp = r.u32le();
    long absheight = r.u32le();
    BigInteger abswork = r.uintLE(16);
    return new ShareInfo(data, segwit, refs, far, maxBits, bits, timestamp, absheight, abswork);
  }

  public static void write(ByteWriter w, ShareInfo info, ShareKind kind, boolean segwitActive) {
    writeShareData(w, info.shareData(), kind);
    if (segwitActive) {
      SegwitData s = info.segwitData();
      if (s == null) {
        throw new IllegalArgumentException("segwit_data is required when segwit is active");
      }
      Lists.writeHashes(w, s.txidMerkleBranch());
      w.hash256(s.wtxidMerkleRoot());
    }
    if (kind.hasTransactionRefs()) {
      TxRefs refs = info.txRefs() == null ? TxRefs.NONE : info.txRefs();
      Lists.writeHashes(w, refs.newTransactionHashes());
      long[] pairs = refs.pairs();
      w.varInt(pairs.length / 2);
      for (long p : pairs) {
        w.varInt(p);
      }
    }
    Lists.writeOptionalHash(w, info.farShareHash());
    w.u32le(info.maxBits()).u32le(info.bits()).u32le(info.timestamp()).u32le(info.absheight());
    w.uintLE(info.abswork(), 16);
  }

  public static byte[] encode(ShareInfo info, ShareKind kind, boolean segwitActive) {
    ByteWriter w = new ByteWriter(256);
    write(w, info, kind, segwitActive);
    return w.toByteArray();
  }

  private static ShareData readShareData(ByteReader r, ShareKind kind) {
    Hash256 prev = Lists.readOptionalHash(r);
    byte[] coinbase = r.varStr(MAX_VARSTR);
    long nonce = r.u32le();
    Payee payee =
        kind.hasAddressPayee()
            ? Payee.Address.ofBytes(r.varStr(MAX_VARSTR))
            : new Payee.PubkeyHash(r.bytes(20));
    long subsidy = r.u64le();
    int donation = r.u16le();
    int stale = r.u8();
    long desired = r.varInt();
    return new ShareData(prev, coinbase, nonce, payee, subsidy, donation, stale, desired);
  }

  private static void writeShareData(ByteWriter w, ShareData d, ShareKind kind) {
    Lists.writeOptionalHash(w, d.previousShareHash());
    w.varStr(d.coinbase()).u32le(d.nonce());
    switch (d.payee()) {
      case Payee.Address a -> {
        if (!kind.hasAddressPayee()) {
          throw new IllegalArgumentException("v" + kind.version() + " shares carry pubkey_hash");
        }
        w.varStr(a.bytes());
      }
      case Payee.PubkeyHash p -> {
        if (kind.hasAddressPayee()) {
          throw new IllegalArgumentException("v" + kind.version() + " shares carry an address");
        }
        w.bytes(p.hash160());
      }
    }
    w.u64le(d.subsidy()).u16le(d.donation()).u8(d.staleInfo()).varInt(d.desiredVersion());
  }

  private static SegwitData readSegwit(ByteReader r) {
    List<Hash256> branch = Lists.readHashes(r);
    Hash256 root = r.hash256();
    if (branch.isEmpty() && root.equals(ALL_ONES)) {
      throw new VerificationException(
          InvalidShare.Reason.SEGWIT_DATA_MISSING, "segwit_data equals its None default");
    }
    return new SegwitData(branch, root);
  }

  private static TxRefs readTxRefs(ByteReader r) {
    List<Hash256> hashes = Lists.readHashes(r);
    long pairs = r.varInt();
    if (pairs < 0 || pairs * 2 > r.remaining()) {
      throw new ProtocolException("transaction_hash_refs declares " + pairs + " pairs, too many");
    }
    long[] flat = new long[(int) pairs * 2];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = r.varInt();
    }
    return new TxRefs(hashes, flat);
  }
}
