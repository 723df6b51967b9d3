package org.p2poolj.node.chain;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.p2poolj.coin.collect.BoundedMaps;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.verify.KnownTxSizes;

/**
 * The transactions this node has heard of, by txid (JT's {@code known_txs} and {@code feecache}):
 * sizes and fees from its daemon's templates, and sizes from peers' {@code remember_tx}. Only
 * v17-v33 share chains need them, for the two punishments.
 *
 * <p>The daemon's answers are kept apart from the peers' and always win. A txid does not cover the
 * witness, so a peer's copy of a transaction may be bigger or smaller than the real one: its size
 * is used until the daemon's is known, but never settles a verdict ({@link #isSettled}), and never
 * replaces what is already known. Each store keeps the most recently used entries, bounded, so a
 * flooding peer can neither grow memory nor push out the daemon's entries. Thread-safe: the daemon,
 * peer and chain threads all use it.
 */
public final class KnownTransactions implements KnownTxSizes {
  static final int DAEMON_CAPACITY = 100_000;
  static final int PEER_CAPACITY = 50_000;

  private record FromDaemon(TxSize size, long fee) {}

  private final Map<Hash256, FromDaemon> daemon;
  private final Map<Hash256, TxSize> peers;

  public KnownTransactions() {
    this(DAEMON_CAPACITY, PEER_CAPACITY);
  }

  KnownTransactions(int daemonCapacity, int peerCapacity) {
    if (daemonCapacity < 1 || peerCapacity < 1) {
      throw new IllegalArgumentException("capacities must be positive");
    }
    this.daemon = BoundedMaps.lru(daemonCapacity);
    this.peers = BoundedMaps.lru(peerCapacity);
  }

  /** From a template: the daemon's size and fee. */
  public synchronized void learn(Hash256 txid, TxSize size, long fee) {
    if (fee < 0) {
      throw new IllegalArgumentException("negative fee " + fee);
    }
    daemon.put(txid, new FromDaemon(size, fee));
    peers.remove(txid);
  }

  /** From a peer: a size, used only while nothing better is known. */
  public synchronized void learn(Hash256 txid, TxSize size) {
    if (!daemon.containsKey(txid)) {
      peers.putIfAbsent(txid, size);
    }
  }

  @Override
  public synchronized TxSize find(Hash256 txid) {
    FromDaemon d = daemon.get(txid);
    return d != null ? d.size() : peers.get(txid);
  }

  @Override
  public synchronized boolean isSettled(Hash256 txid) {
    return daemon.containsKey(txid);
  }

  /** The sum of the fees of {@code txids}, or empty when any fee is unknown (JT: "missing"). */
  public synchronized OptionalLong totalFees(List<Hash256> txids) {
    long sum = 0;
    for (Hash256 h : txids) {
      FromDaemon d = daemon.get(h);
      if (d == null) {
        return OptionalLong.empty();
      }
      sum += d.fee();
    }
    return OptionalLong.of(sum);
  }

  public synchronized int size() {
    return daemon.size() + peers.size();
  }
}
