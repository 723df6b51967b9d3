package org.p2poolj.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.testing.TestNodes;
import org.p2poolj.p2p.testing.TestPeer;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.ShareReplyResult;

/** Several in-process nodes on loopback with fake share chains. */
class NodesIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final List<P2pNode> nodes = new ArrayList<>();

  @AfterEach
  void stopAll() {
    nodes.forEach(P2pNode::stop);
  }

  private P2pNode start(FakeChain chain, Consumer<P2pConfig.Builder> c) {
    P2pNode n = TestNodes.start(chain, c);
    nodes.add(n);
    return n;
  }

  private static HostPort at(P2pNode n) {
    return new HostPort("127.0.0.1", n.port());
  }

  @Test
  void aLateNodeDownloadsTheWholeChain() {
    FakeChain full = new FakeChain();
    List<Hash256> h = full.extend(Hash256.ZERO, 1200, "a");
    P2pNode a = start(full, b -> {});
    FakeChain empty = new FakeChain();
    P2pNode b = start(empty, cfg -> cfg.persistentPeer(at(a)));
    await().atMost(WAIT).until(() -> empty.size() == 1200);
    assertThat(empty.best()).contains(h.getLast());
    assertThat(empty.desired()).isEmpty();
    assertThat(a.establishedPeers()).hasSize(1);
    assertThat(b.establishedPeers()).hasSize(1);
  }

  @Test
  void twoBranchesAreFetchedFromTheTwoPeersThatHaveThem() {
    FakeChain c1 = new FakeChain();
    FakeChain c2 = new FakeChain();
    List<Hash256> base = c1.extend(Hash256.ZERO, 300, "base");
    c2.extend(Hash256.ZERO, 300, "base");
    List<Hash256> left = c1.extend(base.getLast(), 200, "left");
    List<Hash256> right = c2.extend(base.getLast(), 250, "right");
    P2pNode a1 = start(c1, b -> {});
    P2pNode a2 = start(c2, b -> {});
    FakeChain empty = new FakeChain();
    start(empty, cfg -> cfg.persistentPeer(at(a1)).persistentPeer(at(a2)));
    await().atMost(WAIT).until(() -> empty.size() == 750);
    assertThat(empty.has(left.getLast())).isTrue();
    assertThat(empty.has(right.getLast())).isTrue();
    assertThat(empty.best()).contains(right.getLast());
    assertThat(empty.desired()).isEmpty();
  }

  @Test
  void newSharesReachEveryNodeAndAreNotSentBack() {
    FakeChain ca = new FakeChain();
    FakeChain cb = new FakeChain();
    FakeChain cc = new FakeChain();
    List<Hash256> base = ca.extend(Hash256.ZERO, 20, "base");
    P2pNode a = start(ca, b -> {});
    P2pNode b = start(cb, cfg -> cfg.persistentPeer(at(a)));
    start(cc, cfg -> cfg.persistentPeer(at(b)));
    await().atMost(WAIT).until(() -> cc.size() == 20 && cb.size() == 20);

    // a new share at A travels A -> B -> C
    Hash256 fresh = ca.extend(base.getLast(), 1, "fresh").getFirst();
    a.bestShareChanged();
    await().atMost(WAIT).until(() -> cc.has(fresh));
    assertThat(cb.best()).contains(fresh);
    assertThat(cc.best()).contains(fresh);
    // nobody sent it back to A, and C got it from B only once
    assertThat(ca.receivedFrom(fresh)).isEmpty();
    assertThat(cc.receivedFrom(fresh)).hasSize(1);
    assertThat(cc.receivedFrom(fresh).getFirst().port()).isEqualTo(b.port());
  }

  @Test
  void competingBranchesConvergeOnTheLongest() throws InterruptedException {
    FakeChain ca = new FakeChain();
    FakeChain cb = new FakeChain();
    FakeChain cc = new FakeChain();
    Hash256 base = ca.extend(Hash256.ZERO, 10, "base").getLast();
    P2pNode a = start(ca, b -> {});
    P2pNode b = start(cb, cfg -> cfg.persistentPeer(at(a)));
    P2pNode c = start(cc, cfg -> cfg.persistentPeer(at(b)));
    await().atMost(WAIT).until(() -> cc.size() == 10);
    // C mines a branch of 9 first; the network adopts it (stepwise, so no race decides which tip is
    // sent)
    Hash256 tipC = base;
    for (int i = 0; i < 9; i++) {
      tipC = cc.extend(tipC, 1, "c" + i).getFirst();
      c.bestShareChanged();
    }
    Hash256 branchC = tipC;
    await().atMost(WAIT).until(() -> cb.best().equals(Optional.of(branchC)));
    // then A mines a longer competing branch of 12 on the same base
    Hash256 tipA = base;
    for (int i = 0; i < 12; i++) {
      tipA = ca.extend(tipA, 1, "a" + i).getFirst();
      a.bestShareChanged();
    }
    Hash256 longest = tipA;
    await().atMost(WAIT).until(() -> cc.best().equals(Optional.of(longest)));
    await().atMost(WAIT).until(() -> cb.best().equals(Optional.of(longest)));
    assertThat(ca.best()).contains(longest);
    // B keeps C's losing branch stored
    assertThat(cb.has(tipC)).isTrue();
  }

  @Test
  void aNodeAnswersShareRequestsFromAnother() throws IOException {
    FakeChain ca = new FakeChain();
    List<Hash256> h = ca.extend(Hash256.ZERO, 5, "x");
    P2pNode a = start(ca, b -> {});
    try (TestPeer p = new TestPeer(a.port(), TestNodes.framing())) {
      Message.Version v = p.handshake(77);
      assertThat(v.bestShareHash()).contains(h.getLast());
      assertThat(v.version()).isEqualTo(3502);
      Hash256 id = Hash256.fromHex("0a".repeat(32));
      p.send(new Message.ShareReq(id, List.of(h.get(4)), 10, List.of(h.get(1))));
      Message.ShareReply r = p.expect(Message.ShareReply.class, WAIT);
      assertThat(r.result()).isEqualTo(ShareReplyResult.GOOD);
      assertThat(r.shares())
          .extracting(FakeChain::hashOf)
          .containsExactly(h.get(4), h.get(3), h.get(2));
    }
  }

  @Test
  void bestBlockHeadersAreRelayed() {
    List<BlockHeader> seen = new CopyOnWriteArrayList<>();
    P2pNode a = start(new FakeChain(), b -> {});
    P2pNode b =
        P2pNode.builder(TestNodes.config().persistentPeer(at(a)).build())
            .chain(new FakeChain())
            .headerPow(h -> true)
            .headerSink(seen::add)
            .build();
    nodes.add(b);
    try {
      b.start();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    await().atMost(WAIT).until(() -> a.establishedPeers().size() == 1);
    BlockHeader header =
        new BlockHeader(0x20000000L, Hash256.ZERO, Hash256.ZERO, 1_700_000_000L, 0x207fffffL, 1);
    a.broadcastBestBlock(header);
    a.broadcastBestBlock(header); // same header: sent once
    await().atMost(WAIT).until(() -> !seen.isEmpty());
    assertThat(seen).containsExactly(header);
  }

  @Test
  void addressesAreLearnedGossipedAndSavedAcrossRestarts(@TempDir Path dir) {
    P2pNode a = start(new FakeChain(), b -> {});
    a.addressBook().seen(new HostPort("198.51.100.20", 9338), 0, 1_700_000_000L);
    P2pNode b =
        start(
            new FakeChain(),
            cfg -> cfg.persistentPeer(at(a)).datadir(dir).getAddrsMean(Duration.ofMillis(50)));
    await()
        .atMost(WAIT)
        .until(() -> b.addressBook().snapshot().containsKey(new HostPort("198.51.100.20", 9338)));
    b.stop();
    P2pNode again = start(new FakeChain(), cfg -> cfg.datadir(dir));
    assertThat(again.addressBook().snapshot()).containsKey(new HostPort("198.51.100.20", 9338));
  }

  @Test
  void outgoingDialsFillTheTargetFromTheAddressBook() {
    P2pNode a = start(new FakeChain(), b -> {});
    P2pNode b = start(new FakeChain(), b2 -> {});
    P2pNode c = start(new FakeChain(), cfg -> cfg.outgoingTarget(2));
    // one /16 (127.0) holds both, and p2pool dials one address per /16
    c.addressBook().seen(at(a), 0, 1_700_000_000L);
    c.addressBook().seen(at(b), 0, 1_700_000_000L);
    await().atMost(WAIT).until(() -> c.establishedPeers().size() == 1);
    assertThat(c.establishedPeers()).hasSize(1);
  }

  @Test
  void persistentPeersReconnect() {
    FakeChain ca = new FakeChain();
    P2pNode a = start(ca, b -> {});
    int port = a.port();
    P2pNode b =
        start(
            new FakeChain(),
            cfg ->
                cfg.persistentPeer(new HostPort("127.0.0.1", port))
                    .reconnectDelay(Duration.ofMillis(200)));
    await().atMost(WAIT).until(() -> b.establishedPeers().size() == 1);
    a.stop();
    await().atMost(WAIT).until(() -> b.establishedPeers().isEmpty());
    P2pNode a2 = start(ca, cfg -> cfg.port(port));
    await().atMost(WAIT).until(() -> b.establishedPeers().size() == 1);
    assertThat(a2.establishedPeers()).hasSize(1);
  }

  @Test
  void ourAddressIsAdvertisedAsAddrsWithAnExternalHostElseAsAddrme() throws IOException {
    P2pNode ext =
        start(
            new FakeChain(),
            cfg -> cfg.externalHost("198.51.100.77").advertiseMean(Duration.ofMillis(20)));
    try (TestPeer p = new TestPeer(ext.port(), TestNodes.framing())) {
      p.handshake(31);
      Message.Addrs a = p.expect(Message.Addrs.class, WAIT);
      assertThat(a.addrs()).hasSize(1);
      assertThat(a.addrs().getFirst().address().host()).isEqualTo("198.51.100.77");
      assertThat(a.addrs().getFirst().address().port()).isEqualTo(ext.port());
    }
    P2pNode plain = start(new FakeChain(), cfg -> cfg.advertiseMean(Duration.ofMillis(20)));
    try (TestPeer p = new TestPeer(plain.port(), TestNodes.framing())) {
      p.handshake(32);
      assertThat(p.expect(Message.AddrMe.class, WAIT).port()).isEqualTo(plain.port());
    }
  }

  @Test
  void incomingConnectionsAreLimitedPerSlash16() throws IOException {
    P2pNode a = start(new FakeChain(), cfg -> cfg.maxIncoming(40, 2));
    try (TestPeer p1 = new TestPeer(a.port(), TestNodes.framing());
        TestPeer p2 = new TestPeer(a.port(), TestNodes.framing());
        TestPeer p3 = new TestPeer(a.port(), TestNodes.framing())) {
      p1.handshake(1);
      p2.handshake(2);
      assertThat(p3.awaitClosed(WAIT)).isTrue();
      await().atMost(WAIT).until(() -> a.establishedPeers().size() == 2);
      assertThat(a.bans()).isEmpty();
    }
  }

  @Test
  void connectingToOurselvesIsDropped() {
    P2pNode a = start(new FakeChain(), cfg -> cfg.exemptLoopbackFromBans(true));
    a.connect(at(a));
    await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> a.establishedPeers().isEmpty());
    assertThat(a.bans()).isEmpty(); // loopback exempt, as in the reference
  }
}
