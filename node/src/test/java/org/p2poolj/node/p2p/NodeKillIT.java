package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteStore;

/**
 * Kill -9 while the node writes shares: a child JVM runs a node (SQLite store) that receives shares
 * from this JVM's mining node and mines its own; it is SIGKILLed mid-run. The store must open, and
 * every best share the child announced more than {@link #GRACE} before the kill must be stored and
 * marked verified; a chain service restarted on the store must come back with a verified best.
 */
class NodeKillIT {
  private static final PoolNetwork NET = ChainFixtures.net();
  private static final Duration GRACE = Duration.ofSeconds(3);

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void killedNodeKeepsEveryShareVerifiedBeforeTheLastSeconds() throws Exception {
    long start = InstantSource.system().instant().getEpochSecond() - 4 * 3600;
    Path childDir = dir.resolve("child");
    Map<Hash256, Long> announced = new ConcurrentHashMap<>();
    try (TestNode parent =
            TestNode.start(
                "parent", NET, dir.resolve("parent"), InstantSource.system(), List.of(), 41);
        TestMiner miner =
            new TestMiner(
                "parent",
                parent.chain(),
                parent.p2p(),
                ChainFixtures.generator(NET, 42, start),
                200,
                true)) {
      Process child =
          new ProcessBuilder(
                  javaBin(),
                  "-cp",
                  classPath(),
                  KillTargetMain.class.getName(),
                  childDir.toString(),
                  Integer.toString(parent.port()),
                  Long.toString(start))
              .redirectError(dir.resolve("child.err").toFile())
              .start();
      try {
        Thread reader =
            Thread.ofPlatform()
                .daemon()
                .start(
                    () -> {
                      try (BufferedReader in =
                          new BufferedReader(
                              new InputStreamReader(
                                  child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                          if (line.startsWith("best ")) {
                            announced.put(Hash256.fromHex(line.substring(5)), System.nanoTime());
                          }
                        }
                      } catch (java.io.IOException e) {
                        // the child died
                      }
                    });
        ThreeNodesIT.await(
            "the child announces best shares", Duration.ofSeconds(60), () -> announced.size() > 40);
        Thread.sleep(2_000);
        child.destroyForcibly(); // SIGKILL on Linux
        long killedAt = System.nanoTime();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        reader.join(5_000);
        List<Hash256> old = new ArrayList<>();
        announced.forEach(
            (h, at) -> {
              if (killedAt - at > GRACE.toNanos()) {
                old.add(h);
              }
            });
        assertThat(old).hasSizeGreaterThan(20);

        try (SqliteStore store = SqliteStore.open(childDir.resolve("shares.db"))) {
          assertThat(store.recovery()).isEmpty();
          Map<Hash256, StoredShare> rows =
              store.shares().loadAll().stream()
                  .collect(Collectors.toMap(StoredShare::hash, Function.identity()));
          for (Hash256 h : old) {
            assertThat(rows).containsKey(h);
            assertThat(rows.get(h).verified()).as("verified flag of %s", h).isTrue();
          }
          ChainService restarted =
              new ChainService(NET, store.shares(), InstantSource.system(), new Random(5));
          restarted.start();
          try {
            Hash256 best = restarted.best().orElseThrow();
            assertThat(restarted.<Boolean>call(t -> t.isVerified(best))).isTrue();
            for (Hash256 h : old) {
              assertThat(restarted.<Boolean>call(t -> t.contains(h))).isTrue();
            }
            System.out.printf(
                "NodeKillIT: child announced %d best shares, %d older than %s all stored verified;"
                    + " store holds %d shares after the kill%n",
                announced.size(), old.size(), GRACE, rows.size());
          } finally {
            restarted.stop();
          }
        }
      } finally {
        child.destroyForcibly();
      }
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
