package org.p2poolj.p2p.sync;

import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;

/** A missing share the tracker wants, and the peer whose share referenced it, if known. */
public record DesiredShare(Hash256 hash, Optional<PeerId> source) {
  public static DesiredShare of(Hash256 hash) {
    return new DesiredShare(hash, Optional.empty());
  }
}
