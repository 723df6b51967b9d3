package org.p2poolj.p2p;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.addr.Gossip;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.manager.Ban;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.Handshake;
import org.p2poolj.p2p.peer.Misbehaviour;
import org.p2poolj.p2p.peer.PeerConnection;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.peer.TokenBucket;
import org.p2poolj.p2p.sync.KnownShare;
import org.p2poolj.p2p.sync.ReceiveResult;
import org.p2poolj.p2p.sync.ShareServer;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.RawShare;

/**
 * The node side of every connection: registers established peers, dispatches messages to the
 * gossip, sync and relay pieces, and turns closed connections into bans by reason. Runs on the
 * connections' reader threads.
 */
final class PeerRouter implements PeerConnection.Listener {
  private final P2pNode node;
  private final NodeParts parts;
  private final Map<PeerId, TokenBucket> requestBuckets = new ConcurrentHashMap<>();

  PeerRouter(P2pNode node, NodeParts parts) {
    this.node = node;
    this.parts = parts;
  }

  @Override
  public Handshake.Context handshakeContext() {
    return node.handshakeContext();
  }

  @Override
  public boolean onEstablished(PeerConnection c, Message.Version v) {
    PeerId id = c.id();
    if (!parts.registry().establish(id, v.nonce())) {
      return false;
    }
    if (!id.incoming()) {
      parts.book().seen(new HostPort(id.host(), id.port()), v.services(), parts.nowSeconds());
    }
    P2pLog.peerConnected(id, v.version(), c.subVersion(), parts.registry().established().size());
    v.bestShareHash()
        .filter(h -> !parts.chain().has(h))
        .ifPresent(h -> node.sendRequest(parts.downloader().request(id, List.of(h), 0, List.of())));
    sendBestIfChanged(c);
    node.peerEstablished(c);
    return true;
  }

  /**
   * Our best share may have changed between our {@code version} and the peer's registration, and a
   * broadcast in that window skipped this peer: send the best share itself so it can sync.
   */
  private void sendBestIfChanged(PeerConnection c) {
    Optional<Hash256> advertised = c.ourVersion().flatMap(Message.Version::bestShareHash);
    Optional<Hash256> best = parts.chain().best();
    if (best.isEmpty() || best.equals(advertised)) {
      return;
    }
    for (KnownShare s : parts.chain().recentFromBest(1)) {
      if (s.source().map(c.id()::equals).orElse(false)) {
        continue;
      }
      parts.broadcaster().peerKnows(c.id(), List.of(s.hash()));
      c.send(new Message.Shares(List.of(s.share())));
    }
  }

  @Override
  public void onMessage(PeerConnection c, Message m) {
    switch (m) {
      case Message.Ping p -> {}
      case Message.AddrMe a ->
          applyGossip(
              c,
              Gossip.onAddrMe(
                  c.id().host(), services(c), a.port(), parts.nowSeconds(), parts.random()));
      case Message.Addrs a ->
          applyGossip(c, Gossip.onAddrs(a.addrs(), parts.nowSeconds(), parts.random()));
      case Message.GetAddrs g -> {
        if (allowRequest(c)) {
          applyGossip(
              c,
              List.of(
                  Gossip.onGetAddrs(g.count(), parts.book(), parts.nowSeconds(), parts.random())));
        }
      }
      case Message.Shares s -> onShares(c, s.shares());
      case Message.ShareReq q -> onShareRequest(c, q);
      case Message.ShareReply r -> {
        if (parts.downloader().onReply(c.id(), r)) {
          onShares(c, r.shares());
          node.planDownloads();
        }
      }
      case Message.BestBlock b -> parts.relay().onBestBlock(b.header()).ifPresent(c::misbehaved);
      // v33-and-older transaction gossip. We never send v33 shares, so what peers hold does not
      // matter to us; only the bodies they send teach us sizes (v34+ chains send none).
      case Message.HaveTx h -> {}
      case Message.LosingTx l -> {}
      case Message.RememberTx t -> {
        if (!t.txs().isEmpty()) {
          parts.chain().remembered(t.txs(), c.id());
        }
      }
      case Message.ForgetTx f -> {}
      case Message.Version v -> throw new IllegalStateException("the handshake handles version");
    }
  }

  private long services(PeerConnection c) {
    return c.peerVersion().map(Message.Version::services).orElse(0L);
  }

  /**
   * Requests that make us work ({@code sharereq}, {@code getaddrs}) share one token bucket per
   * peer; going over it is a flood offence, forgiven up to the configured tolerance.
   */
  private boolean allowRequest(PeerConnection c) {
    TokenBucket bucket =
        requestBuckets.computeIfAbsent(
            c.id(),
            id ->
                new TokenBucket(
                    parts.config().shareRequestBurst(),
                    parts.config().shareRequestRate(),
                    parts.nanoTime()));
    if (bucket.tryTake()) {
      return true;
    }
    c.misbehaved(new Misbehaviour(DisconnectReason.REQUEST_FLOOD, parts.config().floodTolerance()));
    return false;
  }

  private void onShareRequest(PeerConnection c, Message.ShareReq q) {
    if (!allowRequest(c)) {
      return;
    }
    Message.ShareReply reply = ShareServer.serve(q, parts.chain(), parts.config().maxPayload());
    c.send(reply);
  }

  private void onShares(PeerConnection c, List<RawShare> shares) {
    List<RawShare> usable = new ArrayList<>(shares.size());
    for (RawShare s : shares) {
      if (!s.isObsolete()) {
        usable.add(s);
      }
    }
    if (usable.isEmpty()) {
      return;
    }
    ReceiveResult result = parts.chain().received(usable, c.id());
    parts.broadcaster().peerKnows(c.id(), result.hashes());
    for (ReceiveResult.Rejection r : result.rejected()) {
      DisconnectReason reason =
          r.kind() == ReceiveResult.Kind.INVALID
              ? DisconnectReason.INVALID_SHARE
              : DisconnectReason.UNSUPPORTED_SHARE;
      if (c.misbehaved(Misbehaviour.of(reason))) {
        break;
      }
    }
    if (result.added() > 0) {
      node.bestShareChanged();
    }
  }

  private void applyGossip(PeerConnection from, List<Gossip.Action> actions) {
    for (Gossip.Action a : actions) {
      switch (a) {
        case Gossip.Action.Store s -> parts.book().seen(s.addr(), s.services(), s.timestamp());
        case Gossip.Action.Reply r -> from.send(r.message());
        case Gossip.Action.Forward f -> node.sendToRandomPeer(f.message(), from.id());
      }
    }
  }

  @Override
  public void onClosed(PeerConnection c, DisconnectReason reason) {
    PeerId id = c.id();
    boolean wasEstablished = c.peerVersion().isPresent();
    parts.registry().closed(id);
    parts.downloader().peerGone(id);
    parts.broadcaster().peerGone(id);
    requestBuckets.remove(id);
    if (id.incoming()) {
      parts.incoming().release(id.host());
    }
    parts.persistent().closed(id, parts.nanoTime().getAsLong());
    P2pLog.peerDisconnected(id, reason, wasEstablished);
    if (reason.bans()) {
      parts.bans().offence(id.host(), reason).ifPresent(this::banned);
    }
  }

  private void banned(Ban ban) {
    P2pLog.peerBanned(ban);
  }
}
