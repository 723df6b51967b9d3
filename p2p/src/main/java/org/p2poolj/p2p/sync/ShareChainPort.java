package org.p2poolj.p2p.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.RawTx;

/**
 * What the p2p layer needs from the share chain; the node implements it over the tracker. Calls
 * come from many peer threads at once, so implementations must be thread-safe. The p2p layer may
 * hold its own locks while calling in, so an implementation must never call back into {@link
 * org.p2poolj.p2p.P2pNode} synchronously from inside these methods (hand such work to another
 * thread).
 */
public interface ShareChainPort {
  /** Whether the tracker holds this share. */
  boolean has(Hash256 hash);

  /**
   * For each hash, that share and up to {@code parents} ancestors (so at most {@code parents + 1}
   * shares per hash), newest first, stopping before any share whose hash is in {@code stops}.
   * Unknown hashes contribute nothing.
   */
  List<RawShare> collect(List<Hash256> hashes, int parents, Set<Hash256> stops);

  /**
   * Shares received from a peer (in a {@code shares} or {@code sharereply} message), obsolete types
   * already removed. The implementation parses them, adds the new ones to the tracker and re-runs
   * best-share selection.
   */
  ReceiveResult received(List<RawShare> shares, PeerId from);

  /**
   * Full transactions a peer asked us to keep ({@code remember_tx}, v33-and-older chains): their
   * sizes let the node judge those chains' block-size rule. The default learns nothing.
   */
  default void remembered(List<RawTx> txs, PeerId from) {}

  /** The current best share, if any; sent in our {@code version}. */
  Optional<Hash256> best();

  /** Shares the tracker wants: missing parents of its heads (spec 4.8 step 1-2). */
  List<DesiredShare> desired();

  /**
   * The {@code stops} for download requests: the current heads plus, for each head, a near
   * ancestor, at most 100 in all.
   */
  List<Hash256> downloadStops();

  /** Up to {@code max} shares walking back from the best share, newest first. */
  List<KnownShare> recentFromBest(int max);
}
