package org.p2poolj.share;

/**
 * A share as received or made, one record per wire version. The records are identical in shape; the
 * type is the version, so a switch over {@code Share} is exhaustive and a future v36 (with its own
 * layout) is a compile-time visible addition.
 */
public sealed interface Share permits Share.V17, Share.V32, Share.V33, Share.V34, Share.V35 {

  ShareContents contents();

  ShareKind kind();

  default int version() {
    return kind().version();
  }

  default ShareInfo shareInfo() {
    return contents().shareInfo();
  }

  default ShareData shareData() {
    return contents().shareInfo().shareData();
  }

  static Share of(ShareKind kind, ShareContents contents) {
    return switch (kind) {
      case V17 -> new V17(contents);
      case V32 -> new V32(contents);
      case V33 -> new V33(contents);
      case V34 -> new V34(contents);
      case V35 -> new V35(contents);
    };
  }

  /** JT {@code Share}: the original v17 layout with pubkey_hash and tx refs. */
  record V17(ShareContents contents) implements Share {
    @Override
    public ShareKind kind() {
      return ShareKind.V17;
    }
  }

  /** JT {@code PreSegwitShare}. */
  record V32(ShareContents contents) implements Share {
    @Override
    public ShareKind kind() {
      return ShareKind.V32;
    }
  }

  /** JT {@code NewShare}. */
  record V33(ShareContents contents) implements Share {
    @Override
    public ShareKind kind() {
      return ShareKind.V33;
    }
  }

  /** JT {@code SegwitMiningShare}: address payee, no tx refs, padding bug active. */
  record V34(ShareContents contents) implements Share {
    @Override
    public ShareKind kind() {
      return ShareKind.V34;
    }
  }

  /** JT {@code PaddingBugfixShare}: the live v35. */
  record V35(ShareContents contents) implements Share {
    @Override
    public ShareKind kind() {
      return ShareKind.V35;
    }
  }
}
