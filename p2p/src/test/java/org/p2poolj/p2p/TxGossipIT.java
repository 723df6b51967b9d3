package org.p2poolj.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.testing.TestNodes;
import org.p2poolj.p2p.testing.TestPeer;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.RawTx;
import org.p2poolj.p2p.wire.ShareReplyResult;

/**
 * v33-and-older transaction gossip from a real socket: the bodies in {@code remember_tx} reach the
 * share chain (the node learns their sizes), and the other tx messages are accepted quietly.
 */
class TxGossipIT {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private final FakeChain chain = new FakeChain();
  private P2pNode node;
  private TestPeer peer;

  @BeforeEach
  void start() throws IOException {
    chain.extend(Hash256.ZERO, 3, "local");
    node = TestNodes.start(chain, b -> {});
    peer = new TestPeer(node.port(), TestNodes.framing());
    peer.handshake(77);
    await().atMost(WAIT).until(() -> node.establishedPeers().size() == 1);
  }

  @AfterEach
  void stop() throws IOException {
    peer.close();
    node.stop();
  }

  private static RawTx tx(int outputValue) {
    ByteWriter w = new ByteWriter();
    w.u32le(1);
    w.varInt(1).bytes(new byte[36]).varStr(new byte[] {0x51}).u32le(0xffffffffL);
    w.varInt(1).u64le(outputValue).varStr(new byte[] {0x51});
    w.u32le(0);
    return new RawTx(w.toByteArray());
  }

  @Test
  void rememberedBodiesReachTheChainAndThePeerStaysWelcome() throws IOException {
    Hash256 h = Hash256.fromHex("ab".repeat(32));
    peer.send(new Message.HaveTx(List.of(h)));
    peer.send(new Message.RememberTx(List.of(h), List.of(tx(1), tx(2))));
    peer.send(new Message.LosingTx(List.of(h)));
    peer.send(new Message.ForgetTx(List.of(h)));
    await().atMost(WAIT).until(() -> chain.remembered().size() == 2);
    assertThat(chain.remembered())
        .extracting(RawTx::bytes)
        .containsExactly(tx(1).bytes(), tx(2).bytes());
    // still connected and served
    Hash256 id = Hash256.fromHex("00".repeat(31) + "01");
    peer.send(new Message.ShareReq(id, List.of(chain.best().orElseThrow()), 0, List.of()));
    assertThat(peer.expect(Message.ShareReply.class, WAIT).result())
        .isEqualTo(ShareReplyResult.GOOD);
  }
}
