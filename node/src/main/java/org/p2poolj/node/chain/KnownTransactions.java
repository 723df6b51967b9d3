package org.p2poolj.node.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.verify.KnownTxSizes;

/**
 * The transactions this node has heard of, by txid: sizes from its daemon's templates and from
 * peers' {@code remember_tx}, fees from the templates only (JT's {@code known_txs} and {@code
 * feecache}). Only v17-v33 share chains need them, for the two punishments. Sizes and fees never
 * change, so an entry stays true for ever; the store keeps the most recently learnt ones, bounded,
 * so a flooding peer cannot grow it. Thread-safe: the daemon, peer and chain threads all use it.
 */
public final class KnownTransactions implements KnownTxSizes {
  static final int DEFAULT_CAPACITY = 100_000;
  private static final long NO_FEE = -1;

  private record Known(TxSize size, long fee) {}

  private final Map<Hash256, Known> entries;

  public KnownTransactions() {
    this(DEFAULT_CAPACITY);
  }

  KnownTransactions(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.entries =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Hash256, Known> e) {
            return size() > capacity;
          }
        };
  }

  /** From a template: the daemon knows the fee. A fee already known is kept if none is given. */
  public synchronized void learn(Hash256 txid, TxSize size, long fee) {
    if (fee < 0) {
      throw new IllegalArgumentException("negative fee " + fee);
    }
    entries.put(txid, new Known(size, fee));
  }

  /** From a peer: sizes only. A fee learnt from the daemon is not forgotten. */
  public synchronized void learn(Hash256 txid, TxSize size) {
    Known old = entries.get(txid);
    entries.put(txid, new Known(size, old == null ? NO_FEE : old.fee()));
  }

  @Override
  public synchronized TxSize find(Hash256 txid) {
    Known e = entries.get(txid);
    return e == null ? null : e.size();
  }

  /** The sum of the fees of {@code txids}, or empty when any fee is unknown (JT: "missing"). */
  public synchronized OptionalLong totalFees(List<Hash256> txids) {
    long sum = 0;
    for (Hash256 h : txids) {
      Known e = entries.get(h);
      if (e == null || e.fee() == NO_FEE) {
        return OptionalLong.empty();
      }
      sum += e.fee();
    }
    return OptionalLong.of(sum);
  }

  public synchronized int size() {
    return entries.size();
  }
}
