package org.p2poolj.node.chain;

import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.store.StoredShare;

/** Converts between the tracker's shares and the store's rows. */
final class StoredShares {
  private StoredShares() {}

  static StoredShare of(LoadedShare s, String peer, long nowMillis) {
    RawShare raw = ShareCodec.toRaw(s.share(), s.net());
    return new StoredShare(s.hash(), (int) raw.type(), raw.contents(), false, nowMillis, peer);
  }
}
