package org.p2poolj.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteStore;

class ChainServiceTest {
  private static final long T0 = 1_750_000_000L;
  private static final PoolNetwork NET = ChainFixtures.net();

  private final AtomicLong nowSeconds = new AtomicLong(T0);
  private final InstantSource clock = () -> Instant.ofEpochSecond(nowSeconds.get());

  private ChainService started(ShareStore store) throws Exception {
    ChainService c = new ChainService(NET, store, clock, new Random(7));
    c.start();
    return c;
  }

  /** Mines {@code n} shares on the chain's best (or a genesis) through addLocal. */
  private static List<LoadedShare> mine(ChainService chain, SyntheticChain gen, int n) {
    List<LoadedShare> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Hash256 prev = chain.best().orElse(null);
      LoadedShare s = chain.call(t -> gen.next(t, prev, null));
      assertThat(chain.addLocal(s)).isTrue();
      made.add(s);
    }
    return made;
  }

  @Test
  void localSharesAreStoredVerifiedAndReloadedWithoutVerifyingAgain() throws Exception {
    ShareStore store = new InMemoryShareStore();
    ChainService a = started(store);
    List<LoadedShare> made = mine(a, ChainFixtures.generator(NET, 1, T0 - 2000), 140);
    Hash256 head = made.getLast().hash();
    assertThat(a.best()).contains(head);
    a.stop();

    List<StoredShare> rows = store.loadAll();
    assertThat(rows).hasSize(140).allMatch(StoredShare::verified);
    assertThat(rows.stream().map(StoredShare::hash))
        .containsExactlyElementsOf(made.stream().map(LoadedShare::hash).toList());

    // A clock a day early makes every share "from the future": check() would refuse them all,
    // so the chain only comes back if the stored verified flags are trusted.
    nowSeconds.set(T0 - 86_400);
    ChainService b = started(store);
    try {
      assertThat(b.best()).contains(head);
      assertThat(b.size()).isEqualTo(140);
      assertThat(b.<Integer>call(t -> t.verifiedCount())).isEqualTo(140);
      assertThat(b.lastThink().bad()).isEmpty();
    } finally {
      b.stop();
    }

    // Control: the same shares without the flags are verified again, and fail at that clock.
    InMemoryShareStore unflagged = new InMemoryShareStore();
    for (StoredShare r : rows) {
      unflagged.add(
          new StoredShare(r.hash(), r.type(), r.contents(), false, r.firstSeenMillis(), r.peer()));
    }
    ChainService c = started(unflagged);
    try {
      assertThat(c.best()).isNotEqualTo(Optional.of(head));
      assertThat(c.<Boolean>call(t -> t.isVerified(head))).isFalse();
    } finally {
      c.stop();
    }
  }

  @Test
  void receivedSharesOutOfOrderAreVerifiedPersistedAndSurviveAReopen(@TempDir Path dir)
      throws Exception {
    ChainService source = started(new InMemoryShareStore());
    List<LoadedShare> made = mine(source, ChainFixtures.generator(NET, 2, T0 - 2000), 130);
    source.stop();
    List<RawShare> wire = new ArrayList<>();
    for (LoadedShare s : made) {
      wire.add(ShareCodec.toRaw(s.share(), NET));
    }
    Hash256 head = made.getLast().hash();

    Path file = dir.resolve("shares.db");
    int verified;
    try (SqliteStore sqlite = SqliteStore.open(file)) {
      ChainService b = started(sqlite.shares());
      // Newest batch first: every batch but the last arrives with its parent unknown.
      List<List<RawShare>> batches = new ArrayList<>();
      for (int i = 0; i < wire.size(); i += 50) {
        batches.add(wire.subList(i, Math.min(wire.size(), i + 50)));
      }
      Collections.reverse(batches);
      int added = 0;
      for (List<RawShare> batch : batches) {
        ChainService.Received r = b.addReceived(batch, "192.0.2.1:9326");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).hasSize(batch.size());
        added += r.added().size();
      }
      assertThat(added).isEqualTo(130);
      assertThat(b.best()).contains(head);

      ChainService.Received again = b.addReceived(wire.subList(0, 10), "192.0.2.1:9326");
      assertThat(again.added()).isEmpty();
      assertThat(again.parsed()).hasSize(10);
      // think() verifies back to CHAIN_LENGTH verified shares below the head, not necessarily all.
      verified = b.<Integer>call(t -> t.verifiedCount());
      assertThat(verified).isGreaterThanOrEqualTo(NET.chainLength());
      b.stop();
      sqlite.shares().flush();
      List<StoredShare> rows = sqlite.shares().loadAll();
      assertThat(rows).hasSize(130).allMatch(s -> "192.0.2.1:9326".equals(s.peer()));
      assertThat(rows.stream().filter(StoredShare::verified).count()).isEqualTo(verified);
      assertThat(rows)
          .filteredOn(r -> r.hash().equals(head))
          .singleElement()
          .matches(StoredShare::verified);
    }

    nowSeconds.set(T0 - 86_400);
    try (SqliteStore sqlite = SqliteStore.open(file)) {
      ChainService c = started(sqlite.shares());
      try {
        assertThat(c.best()).contains(head);
        assertThat(c.<Integer>call(t -> t.verifiedCount())).isEqualTo(verified);
      } finally {
        c.stop();
      }
    }
  }

  @Test
  void bestListenersHearEachNewBestOnce() throws Exception {
    ChainService a = started(new InMemoryShareStore());
    List<Hash256> heard = Collections.synchronizedList(new ArrayList<>());
    a.onBestChanged(heard::add);
    List<LoadedShare> made = mine(a, ChainFixtures.generator(NET, 3, T0 - 2000), 5);
    a.stop();
    assertThat(heard).containsExactlyElementsOf(made.stream().map(LoadedShare::hash).toList());
  }

  @Test
  void sharesTrimmedFromTheTrackerAreForgottenByTheStore() throws Exception {
    InMemoryShareStore store = new InMemoryShareStore();
    ChainService a = started(store);
    try {
      // Tails go once every head is 2*CHAIN_LENGTH+10 tall (plus slack): 250 + 10 on regtest.
      List<LoadedShare> made = mine(a, ChainFixtures.generator(NET, 5, T0 - 3000), 280);
      assertThat(store.count()).isEqualTo(280);
      a.maintainNow();
      int size = a.size();
      assertThat(size).isLessThan(280).isGreaterThanOrEqualTo(2 * NET.chainLength() + 10);
      store.flush();
      assertThat(store.count()).isEqualTo(size);
      assertThat(store.get(made.getFirst().hash())).isEmpty();
      assertThat(store.get(made.getLast().hash())).isPresent();
    } finally {
      a.stop();
    }
  }
}
