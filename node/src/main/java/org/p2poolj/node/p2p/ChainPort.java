package org.p2poolj.node.p2p;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.chain.KnownTransactions;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.sync.DesiredShare;
import org.p2poolj.p2p.sync.KnownShare;
import org.p2poolj.p2p.sync.ReceiveResult;
import org.p2poolj.p2p.sync.ShareChainPort;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.RawTx;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.tracker.AddResult;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The p2p layer's view of the node's share chain. Peer threads call in concurrently; every tracker
 * access goes through {@link ChainService#call}, so the tracker stays confined to the chain thread.
 * Parsing and PoW of received shares run on the calling peer thread (in {@link
 * ChainService#addReceived}), only the insertion on the chain thread.
 */
public final class ChainPort implements ShareChainPort {
  private static final Logger LOG = LoggerFactory.getLogger(ChainPort.class);

  /** p2pool sends stops for each head and its {@code min(height-1, 10)}th ancestor, 100 at most. */
  private static final int STOP_DEPTH = 10;

  private static final int MAX_STOPS = 100;

  private final ChainService chain;
  private final PeerKeys peers;
  private final AtomicLong sharesReceived = new AtomicLong();
  private final AtomicLong sharesAdded = new AtomicLong();
  private final AtomicInteger receiving = new AtomicInteger();

  public ChainPort(ChainService chain) {
    this(chain, new PeerKeys());
  }

  ChainPort(ChainService chain, PeerKeys peers) {
    this.chain = chain;
    this.peers = peers;
  }

  PeerKeys peerKeys() {
    return peers;
  }

  /** Shares received from peers so far (each share in every {@code shares}/{@code sharereply}). */
  public long sharesReceived() {
    return sharesReceived.get();
  }

  /** Received shares that were new to the tracker. */
  public long sharesAdded() {
    return sharesAdded.get();
  }

  @Override
  public boolean has(Hash256 hash) {
    return chain.call(t -> t.contains(hash));
  }

  @Override
  public List<RawShare> collect(List<Hash256> hashes, int parents, Set<Hash256> stops) {
    List<LoadedShare> found =
        chain.call(
            t -> {
              List<LoadedShare> out = new ArrayList<>();
              for (Hash256 h : hashes) {
                for (LoadedShare s : t.chain(h, parents + 1)) {
                  if (stops.contains(s.hash())) {
                    break;
                  }
                  out.add(s);
                }
              }
              return out;
            });
    // Encoding is pure and needs no tracker: done off the chain thread.
    List<RawShare> raw = new ArrayList<>(found.size());
    for (LoadedShare s : found) {
      raw.add(toWire(s));
    }
    return raw;
  }

  @Override
  public ReceiveResult received(List<RawShare> shares, PeerId from) {
    String key = peers.remember(from);
    List<org.p2poolj.share.codec.RawShare> in = new ArrayList<>(shares.size());
    for (RawShare s : shares) {
      in.add(new org.p2poolj.share.codec.RawShare(s.type(), s.contents()));
    }
    sharesReceived.addAndGet(in.size());
    ChainService.Received r;
    receiving.incrementAndGet();
    try {
      r = chain.addReceived(in, key);
    } finally {
      receiving.decrementAndGet();
    }
    sharesAdded.addAndGet(r.added().size());
    List<ReceiveResult.Rejection> rejected = new ArrayList<>();
    for (AddResult.Rejected rj : r.rejected()) {
      rejected.add(rejection(rj.invalid()));
    }
    return new ReceiveResult(r.parsed(), r.added().size(), rejected);
  }

  /**
   * A misbehaving reason (bad PoW, target above the maximum, illegal version switch) bans, as in
   * p2pool; a share we cannot parse only costs the peer its connection.
   */
  static ReceiveResult.Rejection rejection(InvalidShare invalid) {
    ReceiveResult.Kind kind =
        invalid.reason().misbehaving()
            ? ReceiveResult.Kind.INVALID
            : ReceiveResult.Kind.UNSUPPORTED;
    return new ReceiveResult.Rejection(kind, invalid.toString());
  }

  /** Learns the sizes of remembered transactions; one that does not parse is skipped. */
  @Override
  public void remembered(List<RawTx> txs, PeerId from) {
    KnownTransactions known = chain.knownTransactions();
    for (RawTx raw : txs) {
      try {
        Transaction tx = Transaction.parse(raw.bytes());
        known.learn(tx.txid(), new TxSize(tx.size(), tx.strippedSize()));
      } catch (RuntimeException e) {
        LOG.debug("{} remembered a transaction we cannot parse: {}", from, e.getMessage());
      }
    }
  }

  @Override
  public Optional<Hash256> best() {
    return chain.best();
  }

  /**
   * While shares are being checked and added, the last {@code think()} may still want what is
   * arriving (a reply's shares take a while to PoW-check), and asking again would download the same
   * batch twice; every receipt ends with a new plan, so nothing is wanted meanwhile.
   */
  @Override
  public List<DesiredShare> desired() {
    if (receiving.get() > 0) {
      return List.of();
    }
    List<DesiredShare> out = new ArrayList<>();
    for (org.p2poolj.share.tracker.DesiredShare d : chain.lastThink().desired()) {
      out.add(new DesiredShare(d.hash(), peers.lookup(d.peer())));
    }
    return out;
  }

  @Override
  public List<Hash256> downloadStops() {
    return chain.call(ChainPort::stops);
  }

  private static List<Hash256> stops(ShareTracker t) {
    Set<Hash256> out = new LinkedHashSet<>();
    for (Hash256 head : t.heads()) {
      if (out.size() >= MAX_STOPS) {
        break;
      }
      out.add(head);
      int height = t.height(head);
      int back = Math.min(height - 1, STOP_DEPTH);
      if (back > 0 && out.size() < MAX_STOPS) {
        out.add(t.nthParentHash(head, back));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<KnownShare> recentFromBest(int max) {
    Optional<Hash256> best = chain.best();
    if (best.isEmpty()) {
      return List.of();
    }
    record Found(LoadedShare share, String peer) {}
    List<Found> found =
        chain.call(
            t -> {
              List<Found> out = new ArrayList<>();
              for (LoadedShare s : t.chain(best.get(), max)) {
                out.add(new Found(s, t.peerOf(s.hash())));
              }
              return out;
            });
    List<KnownShare> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(new KnownShare(f.share().hash(), toWire(f.share()), peers.lookup(f.peer())));
    }
    return out;
  }

  static RawShare toWire(LoadedShare s) {
    org.p2poolj.share.codec.RawShare raw = ShareCodec.toRaw(s.share(), s.net());
    return new RawShare(raw.type(), raw.contents());
  }
}
