package org.p2poolj.p2p.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.P2pNetwork;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.p2p.wire.Framing;

/** Starts in-process nodes on free loopback ports with test-friendly settings. */
public final class TestNodes {
  public static final P2pNetwork NET = P2pNetwork.LITECOIN_TESTNET.withBootstrap(List.of());

  /** Distinct seeds: nodes with one seed would share a nonce and see each other as self. */
  private static final AtomicLong SEEDS = new AtomicLong(7);

  private TestNodes() {}

  /** Loopback only, no bootstrap, loopback bans visible, a fast tick. */
  public static P2pConfig.Builder config() {
    return P2pConfig.builder(NET)
        .bindHost("127.0.0.1")
        .port(0)
        .useBootstrap(false)
        .exemptLoopbackFromBans(false)
        .outgoingTarget(0)
        .maxIncoming(40, 40)
        .tick(Duration.ofMillis(100))
        .seed(SEEDS.incrementAndGet());
  }

  public static P2pNode start(FakeChain chain, Consumer<P2pConfig.Builder> customize) {
    P2pConfig.Builder b = config();
    customize.accept(b);
    P2pNode node = P2pNode.builder(b.build()).chain(chain).headerPow(h -> true).build();
    try {
      node.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return node;
  }

  public static Framing framing() {
    return new Framing(NET.prefix(), Framing.DEFAULT_MAX_PAYLOAD);
  }
}
