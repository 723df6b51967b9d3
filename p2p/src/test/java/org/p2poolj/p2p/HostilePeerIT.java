package org.p2poolj.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.manager.Ban;
import org.p2poolj.p2p.peer.ConnectionTiming;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.sync.SyncSettings;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.testing.TestNodes;
import org.p2poolj.p2p.testing.TestPeer;
import org.p2poolj.p2p.wire.Framing;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.ShareReplyResult;

/**
 * Hostile raw-socket clients against a real node on 127.0.0.1 (loopback bans enabled): each offence
 * ends in the specified ban or disconnect, and a well-behaved peer connected beforehand is still
 * served afterwards.
 */
class HostilePeerIT {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private final FakeChain chain = new FakeChain();
  private List<Hash256> hashes;
  private P2pNode node;
  private TestPeer good;
  private final Framing framing = TestNodes.framing();

  @BeforeEach
  void start() throws IOException {
    hashes = chain.extend(Hash256.ZERO, 10, "local");
    node =
        TestNodes.start(
            chain,
            b ->
                b.maxPayload(100_000)
                    .shareRequestLimits(20, 1, 5)
                    .timing(
                        new ConnectionTiming(
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(100),
                            Duration.ofSeconds(100),
                            4096,
                            50_000)));
    good = new TestPeer(node.port(), framing);
    good.handshake(1001);
    await().atMost(WAIT).until(() -> node.establishedPeers().size() == 1);
  }

  @AfterEach
  void stop() throws IOException {
    good.close();
    node.stop();
  }

  private void assertGoodPeerServed() throws IOException {
    Hash256 id =
        Hash256.fromHex("00000000000000000000000000000000000000000000000000000000000000aa");
    good.send(new Message.ShareReq(id, List.of(hashes.getLast()), 2, List.of()));
    Message.ShareReply r = good.expect(Message.ShareReply.class, WAIT);
    assertThat(r.id()).isEqualTo(id);
    assertThat(r.result()).isEqualTo(ShareReplyResult.GOOD);
    assertThat(r.shares())
        .extracting(FakeChain::hashOf)
        .containsExactly(hashes.get(9), hashes.get(8), hashes.get(7));
  }

  private Ban awaitBan(DisconnectReason reason) {
    await().atMost(WAIT).until(() -> !node.bans().isEmpty());
    Ban ban = node.bans().getFirst();
    assertThat(ban.host()).isEqualTo("127.0.0.1");
    assertThat(ban.reason()).isEqualTo(reason);
    return ban;
  }

  private void assertNewConnectionsRefused() throws IOException {
    try (TestPeer again = new TestPeer(node.port(), framing)) {
      assertThat(again.awaitClosed(WAIT)).isTrue();
    }
  }

  @Test
  void junkBeforeThePrefixIsSkipped() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.sendRaw(new byte[] {0x00, 0x13, 0x37, (byte) 0xad, (byte) 0x96, 0x14, 0x42});
      Message.Version v = p.handshake(2002);
      assertThat(v.nonce()).isEqualTo(node.nonce());
      p.send(new Message.ShareReq(hashes.get(5), List.of(hashes.get(0)), 0, List.of()));
      assertThat(p.expect(Message.ShareReply.class, WAIT).shares()).hasSize(1);
    }
    assertThat(node.bans()).isEmpty();
  }

  @Test
  void endlessJunkIsDisconnectedWithoutBan() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2003);
      try {
        for (int i = 0; i < 20; i++) {
          p.sendRaw(new byte[10_000]);
        }
      } catch (IOException closedEarly) {
        // the node may already have hung up
      }
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    assertThat(node.bans()).isEmpty();
    assertGoodPeerServed();
  }

  @Test
  void badChecksumBans() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2004);
      byte[] frame = framing.frame(new Message.GetAddrs(8));
      frame[frame.length - 1] ^= 0x55;
      p.sendRaw(frame);
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    Ban ban = awaitBan(DisconnectReason.BAD_CHECKSUM);
    assertThat(ban.score()).isEqualTo(1);
    assertNewConnectionsRefused();
    assertGoodPeerServed();
  }

  @Test
  void messageOverTheLimitDisconnects() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2005);
      byte[] header =
          new ByteWriter()
              .bytes(TestNodes.NET.prefix())
              .bytes(Arrays.copyOf("shares".getBytes(), 12))
              .u32le(200_000)
              .u32le(0)
              .toByteArray();
      p.sendRaw(header);
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    assertThat(node.bans()).isEmpty();
    assertGoodPeerServed();
  }

  @Test
  void malformedPayloadDisconnectsWithoutBan() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2006);
      p.sendRaw(framing.frame("getaddrs", new byte[] {8, 0, 0, 0, 0})); // one trailing byte
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    assertThat(node.bans()).isEmpty();
    assertGoodPeerServed();
  }

  @Test
  void invalidShareBans() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2007);
      p.send(new Message.Shares(List.of(FakeChain.share(hashes.getLast(), "BAD share"))));
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    awaitBan(DisconnectReason.INVALID_SHARE);
    assertThat(chain.size()).isEqualTo(10);
    assertGoodPeerServed();
  }

  @Test
  void shareRequestFloodBans() throws IOException {
    int replies = 0;
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2008);
      try {
        for (int i = 0; i < 100; i++) {
          p.send(
              new Message.ShareReq(hashes.get(i % 10), List.of(hashes.get(i % 10)), 0, List.of()));
        }
      } catch (IOException closedEarly) {
        // expected once banned
      }
      try {
        while (p.read(Duration.ofSeconds(2)).isPresent()) {
          replies++;
        }
      } catch (IOException closed) {
        // the node hung up
      }
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    // at most the burst (20, plus a refill) is served; output still queued at the ban is dropped
    assertThat(replies).isLessThanOrEqualTo(22);
    awaitBan(DisconnectReason.REQUEST_FLOOD);
    assertGoodPeerServed();
  }

  @Test
  void versionTwiceBans() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.handshake(2009);
      p.send(TestPeer.version(3502, 2009, Optional.empty()));
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    awaitBan(DisconnectReason.DUPLICATE_VERSION);
    assertGoodPeerServed();
  }

  @Test
  void messageBeforeVersionBans() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.send(new Message.Ping());
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    awaitBan(DisconnectReason.MESSAGE_BEFORE_VERSION);
    assertGoodPeerServed();
  }

  @Test
  void peerBelowTheFloorBans() throws IOException {
    node.setMinimumProtocolVersion(3500);
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.send(TestPeer.version(3301, 2010, Optional.empty()));
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    awaitBan(DisconnectReason.PROTOCOL_TOO_OLD);
  }

  @Test
  void duplicateNonceIsDroppedQuietly() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      p.send(TestPeer.version(3502, 1001, Optional.empty())); // the good peer's nonce
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    assertThat(node.bans()).isEmpty();
    assertGoodPeerServed();
  }

  @Test
  void silentPeerTimesOutInTheHandshake() throws IOException {
    try (TestPeer p = new TestPeer(node.port(), framing)) {
      assertThat(p.awaitClosed(WAIT)).isTrue();
    }
    assertThat(node.bans()).isEmpty();
    assertThat(node.establishedPeers()).hasSize(1);
  }

  @Test
  void aPeerThatNeverAnswersAShareRequestIsDroppedAndBannedBriefly() throws IOException {
    FakeChain empty = new FakeChain();
    P2pNode syncing =
        TestNodes.start(empty, b -> b.sync(new SyncSettings(4, 500, Duration.ofMillis(500))));
    try (TestPeer p = new TestPeer(syncing.port(), framing)) {
      p.handshake(2012);
      Hash256 missing = Hash256.fromHex("5a".repeat(32));
      p.send(new Message.Shares(List.of(FakeChain.share(missing, "orphan"))));
      Message.ShareReq req = p.expect(Message.ShareReq.class, WAIT);
      assertThat(req.hashes()).containsExactly(missing);
      assertThat(req.parents()).isEqualTo(500);
      // never answer
      assertThat(p.awaitClosed(WAIT)).isTrue();
      await().atMost(WAIT).until(() -> !syncing.bans().isEmpty());
      Ban ban = syncing.bans().getFirst();
      assertThat(ban.reason()).isEqualTo(DisconnectReason.SHARE_REQUEST_TIMEOUT);
      assertThat(Duration.between(Instant.now(), ban.until()))
          .isLessThanOrEqualTo(Duration.ofSeconds(30));
    } finally {
      syncing.stop();
    }
  }

  @Test
  void badBestBlockBans() throws IOException {
    P2pNode strict =
        P2pNode.builder(TestNodes.config().build()).chain(chain).headerPow(h -> false).build();
    strict.start();
    try (TestPeer p = new TestPeer(strict.port(), framing)) {
      p.handshake(2011);
      p.send(
          new Message.BestBlock(new BlockHeader(1, Hash256.ZERO, Hash256.ZERO, 0, 0x1d00ffffL, 0)));
      assertThat(p.awaitClosed(WAIT)).isTrue();
      await().atMost(WAIT).until(() -> !strict.bans().isEmpty());
      assertThat(strict.bans().getFirst().reason()).isEqualTo(DisconnectReason.BAD_BESTBLOCK);
    } finally {
      strict.stop();
    }
  }
}
