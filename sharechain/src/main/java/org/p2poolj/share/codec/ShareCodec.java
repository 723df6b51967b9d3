package org.p2poolj.share.codec;

import java.util.List;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.HashLink;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareContents;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.SmallHeader;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.network.PoolNetwork;

/**
 * Share contents for v17-v35 (spec §3.2). The layout depends on the network only through the segwit
 * activation version, which decides whether {@code segwit_data} is present.
 */
public final class ShareCodec {
  private ShareCodec() {}

  /**
   * Interprets a wrapper. Obsolete and unknown types and the segwit None default raise {@link
   * VerificationException}; malformed bytes raise {@code ProtocolException}.
   */
  public static Share decode(RawShare raw, PoolNetwork net) {
    if (raw.type() < ShareKind.OLDEST_KNOWN) {
      throw new VerificationException(
          InvalidShare.Reason.OBSOLETE_SHARE_TYPE, "share type " + raw.type());
    }
    ShareKind kind =
        ShareKind.byVersion(raw.type())
            .orElseThrow(
                () ->
                    new VerificationException(
                        InvalidShare.Reason.UNKNOWN_SHARE_TYPE,
                        "share type " + Long.toUnsignedString(raw.type())));
    ByteReader r = new ByteReader(raw.contents());
    ShareContents c = readContents(r, kind, net.segwitActive(kind));
    r.expectEnd();
    return Share.of(kind, c);
  }

  public static Share decode(byte[] shareTypeBytes, PoolNetwork net) {
    return decode(RawShare.parse(shareTypeBytes), net);
  }

  public static RawShare toRaw(Share share, PoolNetwork net) {
    return new RawShare(share.version(), encodeContents(share, net));
  }

  /** The full {@code share_type} bytes: what p2p and the share store carry. */
  public static byte[] encode(Share share, PoolNetwork net) {
    return toRaw(share, net).toBytes();
  }

  public static byte[] encodeContents(Share share, PoolNetwork net) {
    ByteWriter w = new ByteWriter(512);
    writeContents(w, share.contents(), share.kind(), net.segwitActive(share.kind()));
    return w.toByteArray();
  }

  static ShareContents readContents(ByteReader r, ShareKind kind, boolean segwit) {
    SmallHeader header =
        new SmallHeader(r.varInt(), Lists.readOptionalHash(r), r.u32le(), r.u32le(), r.u32le());
    ShareInfo info = ShareInfoCodec.read(r, kind, segwit);
    List<Hash256> refBranch = Lists.readHashes(r);
    long lastTxoutNonce = r.u64le();
    byte[] state = r.bytes(32);
    long length = r.varInt();
    HashLink link = new HashLink(state, length);
    List<Hash256> merkleBranch = Lists.readHashes(r);
    return new ShareContents(header, info, refBranch, lastTxoutNonce, link, merkleBranch);
  }

  static void writeContents(ByteWriter w, ShareContents c, ShareKind kind, boolean segwit) {
    SmallHeader h = c.minHeader();
    w.varInt(h.version());
    Lists.writeOptionalHash(w, h.previousBlock());
    w.u32le(h.timestamp()).u32le(h.bits()).u32le(h.nonce());
    ShareInfoCodec.write(w, c.shareInfo(), kind, segwit);
    Lists.writeHashes(w, c.refMerkleBranch());
    w.u64le(c.lastTxoutNonce());
    w.bytes(c.hashLink().state()).varInt(c.hashLink().length());
    Lists.writeHashes(w, c.merkleBranch());
  }

  /** {@code ref_type}: the network identifier then {@code share_info}; its hash256 is committed. */
  public static byte[] refTypeBytes(ShareInfo info, ShareKind kind, PoolNetwork net) {
    ByteWriter w = new ByteWriter(256);
    w.bytes(net.identifier());
    ShareInfoCodec.write(w, info, kind, net.segwitActive(kind));
    return w.toByteArray();
  }
}
