package org.p2poolj.p2p.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.p2poolj.p2p.wire.RawTx;

/**
 * A toy share chain for tests: a share is {@code type 35, contents = prev(32) || payload}, its hash
 * is sha256d(contents), a zero prev is a genesis. Payloads starting with "BAD" are invalid; any
 * type other than 35 is unsupported. Best = the longest rooted-or-not chain (ties: first seen).
 */
public final class FakeChain implements ShareChainPort {
  private record Entry(Hash256 hash, Hash256 prev, RawShare raw, Optional<PeerId> source) {}

  private final Map<Hash256, Entry> shares = new LinkedHashMap<>();
  private final Set<Hash256> referenced = new HashSet<>();
  private final Map<Hash256, List<PeerId>> receivedFrom = new HashMap<>();
  private int receivedCalls;
  private final List<RawTx> remembered = new ArrayList<>();

  public static RawShare share(Hash256 prev, String payload) {
    byte[] p = payload.getBytes(StandardCharsets.UTF_8);
    return new RawShare(35, new ByteWriter().hash256(prev).bytes(p).toByteArray());
  }

  public static Hash256 hashOf(RawShare s) {
    return Sha256d.hash256(s.contents());
  }

  /** Adds a share we made ourselves. */
  public synchronized Hash256 addLocal(RawShare s) {
    Entry e = entry(s, Optional.empty());
    shares.putIfAbsent(e.hash(), e);
    referenced.add(e.prev());
    return e.hash();
  }

  /** Builds {@code n} shares on top of {@code prev}; returns their hashes, oldest first. */
  public synchronized List<Hash256> extend(Hash256 prev, int n, String tag) {
    List<Hash256> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      prev = addLocal(share(prev, tag + "-" + i));
      out.add(prev);
    }
    return out;
  }

  private static Entry entry(RawShare s, Optional<PeerId> source) {
    byte[] c = s.contents();
    Hash256 prev = Hash256.wrap(Arrays.copyOf(c, 32));
    return new Entry(hashOf(s), prev, s, source);
  }

  public synchronized int size() {
    return shares.size();
  }

  public synchronized int receivedCalls() {
    return receivedCalls;
  }

  /** The peers a share was received from, in order (duplicates included). */
  public synchronized List<PeerId> receivedFrom(Hash256 hash) {
    return List.copyOf(receivedFrom.getOrDefault(hash, List.of()));
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
  public synchronized void remembered(List<RawTx> txs, PeerId from) {
    remembered.addAll(txs);
  }

  /** Transaction bodies peers sent in {@code remember_tx}, in arrival order. */
  public synchronized List<RawTx> remembered() {
    return List.copyOf(remembered);
  }

  @Override
  public synchronized ReceiveResult received(List<RawShare> list, PeerId from) {
    receivedCalls++;
    List<Hash256> hashes = new ArrayList<>();
    List<ReceiveResult.Rejection> rejected = new ArrayList<>();
    int added = 0;
    for (RawShare s : list) {
      if (s.type() != 35) {
        rejected.add(
            new ReceiveResult.Rejection(ReceiveResult.Kind.UNSUPPORTED, "type " + s.type()));
        continue;
      }
      byte[] c = s.contents();
      if (c.length < 32
          || new String(c, 32, c.length - 32, StandardCharsets.UTF_8).startsWith("BAD")) {
        rejected.add(new ReceiveResult.Rejection(ReceiveResult.Kind.INVALID, "bad share"));
        continue;
      }
      Entry e = entry(s, Optional.of(from));
      hashes.add(e.hash());
      receivedFrom.computeIfAbsent(e.hash(), k -> new ArrayList<>()).add(from);
      if (shares.putIfAbsent(e.hash(), e) == null) {
        referenced.add(e.prev());
        added++;
      }
    }
    return new ReceiveResult(hashes, added, rejected);
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

  private int depth(Hash256 head) {
    int n = 0;
    for (Entry e = shares.get(head); e != null; e = shares.get(e.prev())) {
      n++;
    }
    return n;
  }

  @Override
  public synchronized Optional<Hash256> best() {
    Hash256 best = null;
    int bestDepth = -1;
    for (Hash256 h : heads()) {
      int d = depth(h);
      if (d > bestDepth) {
        best = h;
        bestDepth = d;
      }
    }
    return Optional.ofNullable(best);
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
        out.add(new DesiredShare(e.prev(), e.source()));
      }
    }
    return out;
  }

  @Override
  public synchronized List<Hash256> downloadStops() {
    List<Hash256> h = heads();
    return h.size() > 100 ? h.subList(0, 100) : h;
  }

  @Override
  public synchronized List<KnownShare> recentFromBest(int max) {
    List<KnownShare> out = new ArrayList<>();
    Optional<Hash256> b = best();
    Entry e = b.map(shares::get).orElse(null);
    for (int i = 0; i < max && e != null; i++) {
      out.add(new KnownShare(e.hash(), e.raw(), e.source()));
      e = shares.get(e.prev());
    }
    return out;
  }
}
