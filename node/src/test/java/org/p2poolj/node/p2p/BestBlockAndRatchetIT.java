package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.network.PoolNetwork;

/**
 * Two nodes on 127.0.0.1 with scripted coin-side hooks: a new block header of A's daemon reaches B
 * as {@code bestblock} and makes B refresh its template (a header failing PoW does not); and once
 * the v35 chain has a full window of votes, the protocol floor ratchets to v35's minimum in both
 * p2p nodes.
 */
class BestBlockAndRatchetIT {
  private static final PoolNetwork NET = ChainFixtures.net();
  private static final long GOOD_NONCE = 42;

  @TempDir Path dir;

  /** Hooks a test drives: deliver headers as "our daemon's new block", count refreshes. */
  static final class ScriptedHooks implements DaemonHooks {
    final List<Consumer<BlockHeader>> listeners = new CopyOnWriteArrayList<>();
    final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public AutoCloseable onNewBlock(Consumer<BlockHeader> listener) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }

    @Override
    public void refreshTemplate(String reason) {
      refreshes.incrementAndGet();
    }

    @Override
    public boolean powValid(BlockHeader header) {
      return header.nonce() == GOOD_NONCE;
    }

    void newBlock(BlockHeader h) {
      listeners.forEach(l -> l.accept(h));
    }
  }

  private static BlockHeader header(long nonce) {
    return new BlockHeader(
        0x20000000L,
        Hash256.fromHex("11".repeat(32)),
        Hash256.ZERO,
        1_750_000_000L,
        0x207fffffL,
        nonce);
  }

  @Test
  @Timeout(180)
  void bestBlockRelayAndProtocolRatchet() throws Exception {
    InstantSource clock = InstantSource.system();
    ScriptedHooks hooksA = new ScriptedHooks();
    ScriptedHooks hooksB = new ScriptedHooks();
    try (TestNode a = TestNode.start("A", NET, dir.resolve("a"), clock, List.of(), 51, hooksA);
        TestNode b =
            TestNode.start("B", NET, dir.resolve("b"), clock, List.of(a.port()), 52, hooksB)) {
      ThreeNodesIT.await(
          "B connects", Duration.ofSeconds(30), () -> !a.p2pNode().establishedPeers().isEmpty());
      assertThat(hooksA.listeners).hasSize(1);

      hooksA.newBlock(header(GOOD_NONCE));
      ThreeNodesIT.await("B refreshes", Duration.ofSeconds(20), () -> hooksB.refreshes.get() > 0);
      hooksA.newBlock(header(GOOD_NONCE)); // the same header again is not re-sent
      // A header failing PoW is misbehaviour: B drops the connection (loopback is never banned).
      // B redials within a second, so wait for that connection to go, not for no peers at all.
      var link = b.p2pNode().establishedPeers().getFirst();
      hooksA.newBlock(header(7));
      ThreeNodesIT.await(
          "B drops A after a bad bestblock",
          Duration.ofSeconds(20),
          () -> !b.p2pNode().establishedPeers().contains(link));
      assertThat(hooksB.refreshes.get()).isEqualTo(1);
      assertThat(hooksA.refreshes.get()).isZero();

      long start = clock.instant().getEpochSecond() - 4 * 3600;
      assertThat(a.p2pNode().minimumProtocolVersion()).isEqualTo(NET.minimumProtocolVersion());
      try (TestMiner miner =
          new TestMiner(
              "A", a.chain(), a.p2p(), ChainFixtures.generator(NET, 53, start), 100, true)) {
        ThreeNodesIT.await(
            "a full vote window",
            Duration.ofSeconds(120),
            () -> a.bestHeight() > NET.chainLength() + 5 && b.best().equals(a.best()));
      }
      int floor = ShareKind.V35.minimumProtocolVersion();
      ThreeNodesIT.await(
          "both floors ratchet",
          Duration.ofSeconds(20),
          () ->
              a.p2pNode().minimumProtocolVersion() == floor
                  && b.p2pNode().minimumProtocolVersion() == floor);
      assertThat(a.chain().minimumProtocolVersion()).isEqualTo(floor);
    }
  }
}
