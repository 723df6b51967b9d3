package org.p2poolj.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;
import org.p2poolj.store.stats.RetentionPolicy;

/**
 * Kill -9 while writing: a child JVM ({@link KillTestWriter}) writes shares continuously and is
 * killed with SIGKILL at a random moment. The store must reopen cleanly and hold every share (and
 * verified mark) handed over more than {@link #GRACE_MILLIS} before the kill. Three rounds on the
 * same file, so a store that was killed is also written and killed again.
 */
class ShareStoreKillIT {
  private static final long GRACE_MILLIS = 2_000;
  private static final int WARM_UP_SHARES = 300;

  @TempDir Path dir;

  private record Handed(char kind, Hash256 hash, long atMillis) {}

  private record Run(List<Handed> handed, long killedAt) {}

  @Test
  void aKilledWriterLosesNothingOlderThanTwoSeconds() throws Exception {
    Path file = dir.resolve("shares.db");
    Random rnd = new Random(20261121);
    Set<Hash256> requiredBefore = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      long runMillis = 2_500 + rnd.nextInt(2_500);
      Run run = runAndKill(file, round, runMillis);
      List<Handed> handed = run.handed();
      long killedAt = run.killedAt();

      try (SqliteStore store = SqliteStore.open(file, Clock.systemUTC(), RetentionPolicy.DEFAULT)) {
        assertThat(store.recovery()).as("the killed store is not corrupt").isEmpty();
        assertThat(store.database().check()).isEmpty();
        Map<Hash256, StoredShare> stored = new HashMap<>();
        for (StoredShare s : store.shares().loadAll()) {
          stored.put(s.hash(), s);
          // The bytes are intact: they still hash to the key they were stored under.
          assertThat(TestShares.hashOf(s.shareTypeBytes())).isEqualTo(s.hash());
        }
        long cutoff = killedAt - GRACE_MILLIS;
        List<Handed> old = handed.stream().filter(h -> h.atMillis() < cutoff).toList();
        assertThat(old.stream().filter(h -> h.kind() == 'A').count())
            .as("shares handed over before the grace window in round %d", round)
            .isGreaterThanOrEqualTo(WARM_UP_SHARES / 2);
        for (Handed h : old) {
          StoredShare s = stored.get(h.hash());
          assertThat(s)
              .as("%s handed over %d ms before the kill", h, killedAt - h.atMillis())
              .isNotNull();
          if (h.kind() == 'V') {
            assertThat(s.verified()).as("verified mark of %s", h.hash()).isTrue();
          }
        }
        List<Long> lostAges =
            handed.stream()
                .filter(h -> h.kind() == 'A' && !stored.containsKey(h.hash()))
                .map(h -> killedAt - h.atMillis())
                .toList();
        System.out.printf(
            "kill round %d: %d shares handed over, %d in the store after reopening, %d lost"
                + " (the oldest lost was handed over %d ms before the kill)%n",
            round,
            handed.stream().filter(h -> h.kind() == 'A').count(),
            stored.size(),
            lostAges.size(),
            lostAges.stream().mapToLong(Long::longValue).max().orElse(0));
        // What an earlier round had to keep is still there after this round's kill.
        assertThat(stored.keySet()).containsAll(requiredBefore);
        old.forEach(h -> requiredBefore.add(h.hash()));
      }
    }
  }

  private Run runAndKill(Path file, int round, long runMillis) throws Exception {
    Path stderr = dir.resolve("child-" + round + ".err");
    ProcessBuilder pb =
        new ProcessBuilder(
                javaExecutable(),
                "-cp",
                testClassPath(),
                KillTestWriter.class.getName(),
                file.toString(),
                Long.toString(1000 + round))
            .redirectError(stderr.toFile());
    Process child = pb.start();
    List<Handed> handed = new CopyOnWriteArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    long killedAt;
    Thread reader =
        Thread.ofPlatform()
            .daemon(true)
            .start(
                () -> {
                  try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(
                              child.getInputStream(), StandardCharsets.US_ASCII))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                      if (line.startsWith("READY")) {
                        ready.countDown();
                      } else {
                        parse(line, handed);
                      }
                    }
                  } catch (Exception e) {
                    // The pipe breaks when the child dies; what was read is kept.
                  }
                });
    try {
      assertThat(ready.await(60, TimeUnit.SECONDS))
          .as("child became ready; stderr: %s", stderrOf(stderr))
          .isTrue();
      // A loaded machine starts slowly: let some shares through before the clock starts.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (handed.size() < WARM_UP_SHARES && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(runMillis);
      assertThat(child.isAlive()).as("child still writing; stderr: %s", stderrOf(stderr)).isTrue();
      killedAt = System.currentTimeMillis();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(30_000);
    } finally {
      child.destroyForcibly();
    }
    return new Run(new ArrayList<>(handed), killedAt);
  }

  /** Keeps complete lines only: the kill can cut the last one short. */
  private static void parse(String line, List<Handed> out) {
    String[] f = line.split(" ");
    if (f.length == 3 && (f[0].equals("A") || f[0].equals("V")) && f[1].length() == 64) {
      try {
        out.add(new Handed(f[0].charAt(0), Hash256.fromHex(f[1]), Long.parseLong(f[2])));
      } catch (IllegalArgumentException e) {
        // A torn line.
      }
    }
  }

  private static String stderrOf(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (Exception e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Surefire/failsafe may run tests from a manifest-only jar; this property has the real path. */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }
}
