package org.p2poolj.node.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.web.view.ShareDetail;

/** One share as the explorer shows it ({@code /web/share/<hash>}); runs on the chain thread. */
final class ShareExplorer {
  private static final int MAX_CHILD_WALK = 2_000;

  private ShareExplorer() {}

  static Optional<ShareDetail> detail(ShareTracker t, Hash256 hash) {
    if (!t.contains(hash)) {
      return Optional.empty();
    }
    LoadedShare s = t.get(hash);
    ShareInfo info = s.share().shareInfo();
    ShareData data = info.shareData();
    Optional<Hash256> parent = Optional.ofNullable(s.previousHash()).filter(h -> !h.isZero());
    Optional<Hash256> far = Optional.ofNullable(info.farShareHash()).filter(h -> !h.isZero());
    Optional<String> stale =
        switch (data.staleInfo()) {
          case 253 -> Optional.of("orphan");
          case 254 -> Optional.of("doa");
          default -> Optional.empty();
        };
    BlockHeader h = s.header();
    ShareDetail.Data d =
        new ShareDetail.Data(
            info.timestamp(),
            s.target(),
            s.maxTarget(),
            s.payoutKey(),
            data.donation() / 65535.0,
            stale,
            data.nonce(),
            (int) data.desiredVersion(),
            info.absheight(),
            info.abswork());
    ShareDetail.Gentx gentx =
        new ShareDetail.Gentx(
            s.gentxHash(),
            Optional.empty(),
            Hex.encode(data.coinbase()),
            data.subsidy() / 1e8,
            String.format("%016x", s.share().contents().lastTxoutNonce()));
    ShareDetail.Header header =
        new ShareDetail.Header(
            h.version(),
            h.previousBlock(),
            h.merkleRoot(),
            h.timestamp(),
            Targets.decode(h.bits()),
            h.nonce());
    String peer = t.peerOf(hash);
    return Optional.of(
        new ShareDetail(
            hash,
            parent,
            far,
            children(t, hash),
            typeName(s),
            t.isVerified(hash),
            info.timestamp(),
            Optional.ofNullable(peer),
            d,
            new ShareDetail.Block(h.hash(), header, gentx, List.of())));
  }

  static Optional<byte[]> wire(ShareTracker t, Hash256 hash) {
    if (!t.contains(hash)) {
      return Optional.empty();
    }
    return Optional.of(ShareCodec.encode(t.get(hash).share(), t.net()));
  }

  // The tracker keeps no child index; walking down from each head finds the shares whose parent
  // is this one (a head above it has the child on its path).
  private static List<Hash256> children(ShareTracker t, Hash256 hash) {
    List<Hash256> out = new ArrayList<>();
    for (Hash256 head : t.heads()) {
      LoadedShare prev = null;
      for (LoadedShare s : t.chain(head, MAX_CHILD_WALK)) {
        if (s.hash().equals(hash)) {
          if (prev != null && !out.contains(prev.hash())) {
            out.add(prev.hash());
          }
          break;
        }
        prev = s;
      }
    }
    return out;
  }

  // The reference's class names, which front ends show.
  private static String typeName(LoadedShare s) {
    return switch (s.kind()) {
      case V17 -> "Share";
      case V32 -> "NewShare";
      case V33 -> "PreSegwitShare";
      case V34 -> "SegwitMiningShare";
      case V35 -> "PaddingBugfixShare";
    };
  }
}
