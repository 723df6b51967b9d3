package org.p2poolj.node.p2p;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.p2p.addr.HostPort;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.sqlite.SqliteStore;

/**
 * One node for the multi-node tests, in process: a SQLite store in its own directory, the chain
 * service and the p2p service on 127.0.0.1 with an ephemeral port, kept connected to the given
 * peers. No daemon: {@code bestblock} is not exercised here.
 */
public final class TestNode implements AutoCloseable {
  private final String name;
  private final SqliteStore sqlite;
  private final ChainService chain;
  private final P2pService p2p;

  private TestNode(String name, SqliteStore sqlite, ChainService chain, P2pService p2p) {
    this.name = name;
    this.sqlite = sqlite;
    this.chain = chain;
    this.p2p = p2p;
  }

  /** Opens the store in {@code dir}, loads the chain from it, then joins the network. */
  public static TestNode start(
      String name, PoolNetwork net, Path dir, InstantSource clock, List<Integer> peers, long seed)
      throws Exception {
    return start(name, net, dir, clock, peers, seed, DaemonHooks.NONE);
  }

  /** As above, with the given coin-side hooks (for {@code bestblock}). */
  public static TestNode start(
      String name,
      PoolNetwork net,
      Path dir,
      InstantSource clock,
      List<Integer> peers,
      long seed,
      DaemonHooks hooks)
      throws Exception {
    SqliteStore sqlite = SqliteStore.open(dir.resolve("shares.db"));
    ChainService chain = new ChainService(net, sqlite.shares(), clock, new Random(seed));
    chain.start();
    P2pConfig.Builder cfg =
        P2pConfig.builder(P2pSettings.network(net))
            .bindHost("127.0.0.1")
            .port(0)
            .useBootstrap(false)
            .outgoingTarget(0)
            .reconnectDelay(Duration.ofMillis(500))
            .datadir(dir)
            .seed(seed);
    for (int port : peers) {
      cfg.persistentPeer(new HostPort("127.0.0.1", port));
    }
    P2pService p2p = new P2pService(cfg.build(), chain, hooks, clock);
    p2p.start();
    return new TestNode(name, sqlite, chain, p2p);
  }

  public String name() {
    return name;
  }

  public ChainService chain() {
    return chain;
  }

  public P2pService p2p() {
    return p2p;
  }

  public P2pNode p2pNode() {
    return p2p.node().orElseThrow();
  }

  public int port() {
    return p2pNode().port();
  }

  public Optional<Hash256> best() {
    return chain.best();
  }

  /** How many shares lie on the best chain, oldest known included. */
  public int bestHeight() {
    Optional<Hash256> b = best();
    return b.isEmpty() ? 0 : chain.<Integer>call(t -> t.height(b.get()));
  }

  /** Verified shares walking back from the best share. */
  public int verifiedDepth() {
    Optional<Hash256> b = best();
    return b.isEmpty() ? 0 : chain.<Integer>call(t -> t.verifiedHeight(b.get()));
  }

  @Override
  public void close() {
    p2p.stop();
    chain.stop();
    sqlite.close();
  }

  @Override
  public String toString() {
    return name + " best " + best().map(h -> h.toHex().substring(0, 12)).orElse("-");
  }
}
