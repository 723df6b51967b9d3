package org.p2poolj.bench.p2p;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.sync.DesiredShare;
import org.p2poolj.p2p.sync.KnownShare;
import org.p2poolj.p2p.sync.ReceiveResult;
import org.p2poolj.p2p.sync.ShareChainPort;
import org.p2poolj.p2p.wire.RawShare;

/**
 * A stand-in share chain: contents are {@code prev(32) || filler}, sized like a real v35 share
 * (about 400 bytes), hash = sha256d(contents). It parses and hashes each received share, as a real
 * tracker must at least do, but verifies nothing else. Thread-safe.
 */
public final class LinearChain implements ShareChainPort {
  public static final int SHARE_SIZE = 406;

  private record Entry(Hash256 hash, Hash256 prev, RawShare raw) {}

  private final Map<Hash256, Entry> shares = new HashMap<>();
  private final Set<Hash256> referenced = new HashSet<>();

  /** A chain of {@code n} shares from a genesis. */
  public static LinearChain of(int n, long seed) {
    LinearChain c = new LinearChain();
    Random r = new Random(seed);
    Hash256 prev = Hash256.ZERO;
    for (int i = 0; i < n; i++) {
      byte[] filler = new byte[SHARE_SIZE - 32];
      r.nextBytes(filler);
      RawShare s =
          new RawShare(35, new ByteWriter(SHARE_SIZE).hash256(prev).bytes(filler).toByteArray());
      prev = c.add(s);
    }
    return c;
  }

  private synchronized Hash256 add(RawShare s) {
    byte[] c = s.contents();
    Hash256 prev = Hash256.wrap(c, 0);
    Hash256 h = Sha256d.hash256(c);
    if (shares.putIfAbsent(h, new Entry(h, prev, s)) == null) {
      referenced.add(prev);
    }
    return h;
  }

  public synchronized int size() {
    return shares.size();
  }

  @Override
  public synchronized boolean has(Hash256 hash) {
    return shares.containsKey(hash);
  }

  @Override
  public synchronized List<RawShare> collect(
      List<Hash256> hashes, int parents, Set<Hash256> stops) {
    List<RawShare> out = new ArrayList<>();
    for (Hash256 h : hashes) {
      Entry e = shares.get(h);
      for (int i = 0; i <= parents && e != null && !stops.contains(e.hash()); i++) {
        out.add(e.raw());
        e = shares.get(e.prev());
      }
    }
    return out;
  }

  @Override
  public synchronized ReceiveResult received(List<RawShare> list, PeerId from) {
    List<Hash256> hashes = new ArrayList<>(list.size());
    int before = shares.size();
    for (RawShare s : list) {
      if (s.contents().length >= 32) {
        hashes.add(add(s));
      }
    }
    return ReceiveResult.ok(hashes, shares.size() - before);
  }

  private List<Hash256> heads() {
    List<Hash256> out = new ArrayList<>();
    for (Hash256 h : shares.keySet()) {
      if (!referenced.contains(h)) {
        out.add(h);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<Hash256> best() {
    List<Hash256> h = heads();
    return h.isEmpty() ? Optional.empty() : Optional.of(h.getFirst());
  }

  @Override
  public synchronized List<DesiredShare> desired() {
    List<DesiredShare> out = new ArrayList<>();
    for (Hash256 h : heads()) {
      Entry e = shares.get(h);
      while (shares.containsKey(e.prev())) {
        e = shares.get(e.prev());
      }
      if (!e.prev().isZero()) {
        out.add(DesiredShare.of(e.prev()));
      }
    }
    return out;
  }

  @Override
  public synchronized List<Hash256> downloadStops() {
    return heads();
  }

  @Override
  public synchronized List<KnownShare> recentFromBest(int max) {
    List<KnownShare> out = new ArrayList<>();
    Entry e = best().map(shares::get).orElse(null);
    for (int i = 0; i < max && e != null; i++) {
      out.add(new KnownShare(e.hash(), e.raw(), Optional.empty()));
      e = shares.get(e.prev());
    }
    return out;
  }
}
