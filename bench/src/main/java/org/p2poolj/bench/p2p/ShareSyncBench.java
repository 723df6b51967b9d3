package org.p2poolj.bench.p2p;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.p2poolj.p2p.P2pConfig;
import org.p2poolj.p2p.P2pNetwork;
import org.p2poolj.p2p.P2pNode;
import org.p2poolj.p2p.addr.HostPort;

/**
 * A node started late catches up a chain of {@code shares} shares (CHAIN_LENGTH = 8,640 on LTC and
 * BTC mainnet) from one peer on 127.0.0.1: connect, handshake, then {@code sharereq} batches until
 * rooted. One invocation = one full sync, timed from start to the last share. Target: under 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ShareSyncBench {
  private static final P2pNetwork NET = P2pNetwork.LITECOIN.withBootstrap(List.of());
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

  @Param({"8640"})
  public int shares;

  private LinearChain source;
  private P2pNode server;

  @Setup(Level.Trial)
  public void startServer() throws IOException {
    source = LinearChain.of(shares, 1);
    server = P2pNode.builder(config().build()).chain(source).build();
    server.start();
  }

  @TearDown(Level.Trial)
  public void stopServer() {
    server.stop();
  }

  private static P2pConfig.Builder config() {
    return P2pConfig.builder(NET)
        .bindHost("127.0.0.1")
        .port(0)
        .useBootstrap(false)
        .outgoingTarget(0)
        .maxIncoming(40, 40);
  }

  @Benchmark
  public int syncFromOnePeer() throws IOException, InterruptedException {
    LinearChain empty = new LinearChain();
    P2pNode late =
        P2pNode.builder(config().persistentPeer(new HostPort("127.0.0.1", server.port())).build())
            .chain(empty)
            .build();
    late.start();
    try {
      long deadline = System.nanoTime() + TIMEOUT_NANOS;
      while (empty.size() < shares) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("sync stalled at " + empty.size() + " shares");
        }
        Thread.sleep(1);
      }
      return empty.size();
    } finally {
      late.stop();
    }
  }
}
