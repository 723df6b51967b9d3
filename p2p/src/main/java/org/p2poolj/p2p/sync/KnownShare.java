package org.p2poolj.p2p.sync;

import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.wire.RawShare;

/** A share in the tracker with its hash and the peer it came from (empty if ours). */
public record KnownShare(Hash256 hash, RawShare share, Optional<PeerId> source) {}
