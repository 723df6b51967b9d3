package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.share.network.PoolNetwork;

/**
 * Three nodes on 127.0.0.1 (chain service, SQLite store, p2p service each), miners on two of them
 * making real v35 regtest shares (no coin daemon: the shares' block fields are synthetic). One run,
 * in steps: (1) A and B mine, C joins once the chain is past CHAIN_LENGTH and must sync all of it;
 * (2) all three must agree on the best share for a 2-minute window while both miners run; (3) C
 * restarts, must reload its chain from disk without downloading it again, and rejoin.
 */
class ThreeNodesIT {
  private static final PoolNetwork NET = ChainFixtures.net();
  private static final Duration WINDOW = Duration.ofMinutes(2);
  private static final long MINER_INTERVAL_MILLIS = 400;

  @TempDir Path dir;

  @Test
  @Timeout(330)
  void nodesSyncConvergeAndRestartFromDisk() throws Exception {
    InstantSource clock = InstantSource.system();
    // Shares carry timestamps a few hours back: the miners run faster than one share per
    // period and must stay clear of the 600 s future limit for the whole test.
    long start = clock.instant().getEpochSecond() - 4 * 3600;
    TestNode a = TestNode.start("A", NET, dir.resolve("a"), clock, List.of(), 11);
    TestNode b = TestNode.start("B", NET, dir.resolve("b"), clock, List.of(a.port()), 12);
    TestNode c = null;
    TestMiner minerA =
        new TestMiner("A", a.chain(), a.p2p(), ChainFixtures.generator(NET, 21, start), 400, true);
    TestMiner minerB = null;
    try {
      await("B follows A's first shares", Duration.ofSeconds(60), () -> sameBest(a, b));
      minerB =
          new TestMiner(
              "B", b.chain(), b.p2p(), ChainFixtures.generator(NET, 22, start), 400, false);
      await(
          "the chain grows past CHAIN_LENGTH",
          Duration.ofSeconds(150),
          () -> a.bestHeight() > NET.chainLength() + 10);

      // (1) a node started later syncs the whole chain
      c = TestNode.start("C", NET, dir.resolve("c"), clock, List.of(a.port(), b.port()), 13);
      TestNode late = c;
      await("C syncs", Duration.ofSeconds(60), () -> sameBest(a, late) && sameBest(b, late));
      assertThat(c.verifiedDepth()).isGreaterThanOrEqualTo(NET.chainLength());
      // The port counts a batch once the chain call that added it returns, so a whole chain
      // arriving in one sharereply is visible in the tracker a moment before it is counted.
      await(
          "C counts the synced shares as added from peers",
          Duration.ofSeconds(10),
          () -> late.p2p().port().sharesAdded() > NET.chainLength());

      // (2) convergence with both miners running
      Convergence conv = observe(List.of(a, b, c), WINDOW, Duration.ofMillis(250));
      System.out.printf(
          "ThreeNodesIT: %d samples over %s, all three agreed in %.1f%%, longest disagreement %d"
              + " ms, A made %d shares, B made %d%n",
          conv.samples,
          WINDOW,
          100.0 * conv.agreed / conv.samples,
          conv.longestDisagreementMillis,
          minerA.made(),
          minerB.made());
      assertThat(minerA.failure()).isNull();
      assertThat(minerB.failure()).isNull();
      assertThat(minerB.made()).isPositive();
      assertThat(conv.longestDisagreementMillis).isLessThan(10_000);
      assertThat((double) conv.agreed / conv.samples).isGreaterThan(0.8);
      minerA.close();
      minerB.close();
      await("converged once mining stops", Duration.ofSeconds(20), () -> allSame(a, b, late));

      // (3) C restarts from its store and rejoins
      int sizeBefore = c.chain().size();
      Hash256 bestBefore = c.best().orElseThrow();
      c.close();
      c = TestNode.start("C", NET, dir.resolve("c"), clock, List.of(a.port(), b.port()), 14);
      TestNode restarted = c;
      assertThat(restarted.chain().size()).isGreaterThanOrEqualTo(sizeBefore - 5);
      assertThat(restarted.chain().<Boolean>call(t -> t.isVerified(bestBefore))).isTrue();
      minerA =
          new TestMiner(
              "A2", a.chain(), a.p2p(), ChainFixtures.generator(NET, 23, start + 7200), 400, true);
      TestMiner resumed = minerA;
      await("A mines on", Duration.ofSeconds(30), () -> resumed.made() >= 5);
      await("C rejoins", Duration.ofSeconds(60), () -> sameBest(a, restarted));
      long received = restarted.p2p().port().sharesReceived();
      System.out.printf(
          "ThreeNodesIT: C reloaded %d shares from disk (had %d), then received %d from peers%n",
          restarted.chain().size(), sizeBefore, received);
      assertThat(received).isLessThan(sizeBefore / 2);
    } finally {
      minerA.close();
      if (minerB != null) {
        minerB.close();
      }
      if (c != null) {
        c.close();
      }
      b.close();
      a.close();
    }
  }

  private static boolean sameBest(TestNode x, TestNode y) {
    Optional<Hash256> bx = x.best();
    return bx.isPresent() && bx.equals(y.best());
  }

  private static boolean allSame(TestNode a, TestNode b, TestNode c) {
    return sameBest(a, b) && sameBest(b, c);
  }

  private record Convergence(int samples, int agreed, long longestDisagreementMillis) {}

  private static Convergence observe(List<TestNode> nodes, Duration window, Duration every)
      throws InterruptedException {
    long end = System.nanoTime() + window.toNanos();
    int samples = 0;
    int agreed = 0;
    long disagreeSince = -1;
    long longest = 0;
    while (System.nanoTime() < end) {
      long now = System.nanoTime();
      Optional<Hash256> first = nodes.getFirst().best();
      boolean same =
          first.isPresent() && nodes.stream().allMatch(n -> Objects.equals(n.best(), first));
      samples++;
      if (same) {
        agreed++;
        disagreeSince = -1;
      } else if (disagreeSince < 0) {
        disagreeSince = now;
      } else {
        longest = Math.max(longest, (now - disagreeSince) / 1_000_000);
      }
      Thread.sleep(every.toMillis());
    }
    return new Convergence(samples, agreed, longest);
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + timeout + ": " + what);
      }
      Thread.sleep(100);
    }
  }
}
