package org.p2poolj.p2p.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.ShareReplyResult;

/**
 * Plans {@code sharereq} downloads of the shares the tracker wants: each desired hash is asked of
 * one peer at a time with up to {@code parentsPerRequest} ancestors, several requests in flight
 * across different peers, replies matched by id and sender, and timed-out requests reported so the
 * node can drop the peer. Thread-safe; time comes from an injected nano clock.
 */
public final class ShareDownloader {
  /** A request to send. */
  public record Outgoing(PeerId peer, Message.ShareReq request) {}

  private record Pending(PeerId peer, Set<Hash256> hashes, long deadline) {}

  private record Miss(Hash256 hash, PeerId peer) {}

  /** How long a peer that answered "nothing" is not asked for the same share again. */
  static final long MISS_BACKOFF_NANOS = 2_000_000_000L;

  private final ShareChainPort chain;
  private final SyncSettings settings;
  private final RandomGenerator random;
  private final LongSupplier nanoTime;
  private final Map<Hash256, Pending> pending = new HashMap<>();
  private final Map<Miss, Long> misses = new HashMap<>();
  private int parents;

  public ShareDownloader(
      ShareChainPort chain, SyncSettings settings, RandomGenerator random, LongSupplier nanoTime) {
    this.chain = chain;
    this.settings = settings;
    this.random = random;
    this.nanoTime = nanoTime;
    this.parents = settings.parentsPerRequest();
  }

  /** Requests to send now for the tracker's desired shares, given the established peers. */
  public synchronized List<Outgoing> plan(List<PeerId> peers) {
    List<Outgoing> out = new ArrayList<>();
    if (peers.isEmpty() || pending.size() >= settings.maxInFlight()) {
      return out;
    }
    Set<Hash256> inFlight = new HashSet<>();
    Map<PeerId, Integer> load = new HashMap<>();
    for (Pending p : pending.values()) {
      inFlight.addAll(p.hashes());
      load.merge(p.peer(), 1, Integer::sum);
    }
    long now = nanoTime.getAsLong();
    misses.values().removeIf(until -> now - until >= 0);
    List<DesiredShare> desired = new ArrayList<>(chain.desired());
    Collections.shuffle(desired, asRandom());
    List<Hash256> stops = null;
    for (DesiredShare d : desired) {
      if (pending.size() >= settings.maxInFlight()) {
        break;
      }
      if (inFlight.contains(d.hash()) || chain.has(d.hash())) {
        continue;
      }
      List<PeerId> candidates = new ArrayList<>(peers);
      candidates.removeIf(p -> misses.containsKey(new Miss(d.hash(), p)));
      Optional<PeerId> peer = pickPeer(d, candidates, load);
      if (peer.isEmpty()) {
        continue;
      }
      if (stops == null) {
        stops = chain.downloadStops();
      }
      out.add(register(peer.get(), List.of(d.hash()), parents, stops));
      inFlight.add(d.hash());
      load.merge(peer.get(), 1, Integer::sum);
    }
    return out;
  }

  /** A one-off request, e.g. for the best share a peer announced in its {@code version}. */
  public synchronized Outgoing request(
      PeerId peer, List<Hash256> hashes, int parentCount, List<Hash256> stops) {
    return register(peer, hashes, parentCount, stops);
  }

  private Outgoing register(
      PeerId peer, List<Hash256> hashes, int parentCount, List<Hash256> stops) {
    Hash256 id = randomId();
    long deadline = nanoTime.getAsLong() + settings.requestTimeout().toNanos();
    pending.put(id, new Pending(peer, Set.copyOf(hashes), deadline));
    return new Outgoing(peer, new Message.ShareReq(id, hashes, parentCount, stops));
  }

  /** Prefers the peer that sent the share needing this one, else the least loaded, random ties. */
  private Optional<PeerId> pickPeer(DesiredShare d, List<PeerId> peers, Map<PeerId, Integer> load) {
    if (d.source().isPresent()
        && peers.contains(d.source().get())
        && load.getOrDefault(d.source().get(), 0) == 0) {
      return d.source();
    }
    int best = Integer.MAX_VALUE;
    List<PeerId> candidates = new ArrayList<>();
    for (PeerId p : peers) {
      int l = load.getOrDefault(p, 0);
      if (l < best) {
        best = l;
        candidates.clear();
      }
      if (l == best) {
        candidates.add(p);
      }
    }
    if (candidates.isEmpty() || best > 0) {
      return Optional.empty(); // one request per peer at a time
    }
    return Optional.of(candidates.get(random.nextInt(candidates.size())));
  }

  /**
   * Matches a reply to its request. Returns false for an unsolicited reply or one from a different
   * peer than asked, which are ignored.
   */
  public synchronized boolean onReply(PeerId from, Message.ShareReply reply) {
    Pending p = pending.get(reply.id());
    if (p == null || !p.peer().equals(from)) {
      return false;
    }
    pending.remove(reply.id());
    if (reply.result() == ShareReplyResult.GOOD && reply.shares().isEmpty()) {
      // The peer lacks them (it may still be syncing): ask elsewhere, or later, not in a loop.
      long until = nanoTime.getAsLong() + MISS_BACKOFF_NANOS;
      for (Hash256 h : p.hashes()) {
        misses.put(new Miss(h, from), until);
      }
    }
    switch (reply.result()) {
      case GOOD -> parents = settings.parentsPerRequest();
      // The peer could not fit the answer in one message: ask for less next time.
      default -> parents = Math.max(1, parents / 2);
    }
    return true;
  }

  /** Removes and returns the peers whose requests have timed out. */
  public synchronized Set<PeerId> expired() {
    long now = nanoTime.getAsLong();
    Set<PeerId> out = new HashSet<>();
    for (Iterator<Pending> it = pending.values().iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (now - p.deadline() >= 0) {
        out.add(p.peer());
        it.remove();
      }
    }
    return out;
  }

  /** Forgets the requests to a peer that went away. */
  public synchronized void peerGone(PeerId peer) {
    pending.values().removeIf(p -> p.peer().equals(peer));
  }

  public synchronized int inFlight() {
    return pending.size();
  }

  private Hash256 randomId() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Hash256.wrap(b);
  }

  private Random asRandom() {
    return new Random(random.nextLong());
  }
}
