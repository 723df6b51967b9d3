package org.p2poolj.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.hash.Hash256;

/** The behaviour every {@link ShareStore} must have; subclasses supply the implementation. */
public abstract class ShareStoreContract {
  protected ShareStore store;

  protected abstract ShareStore openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void loadsWhatWasAddedInInsertionOrder() {
    TestShares gen = new TestShares(1);
    List<StoredShare> shares = gen.next(50, 300);
    store.add(shares.getFirst());
    store.addAll(shares.subList(1, 50));

    assertThat(store.loadAll()).containsExactlyElementsOf(shares);
    assertThat(store.count()).isEqualTo(50);
  }

  @Test
  void markVerifiedSetsOnlyThatShareAndIgnoresUnknownHashes() {
    List<StoredShare> shares = new TestShares(2).next(5, 100);
    store.addAll(shares);
    store.markVerified(shares.get(3).hash());
    store.markVerified(Hash256.fromHex("ab".repeat(32)));

    List<StoredShare> loaded = store.loadAll();
    assertThat(loaded)
        .extracting(StoredShare::verified)
        .containsExactly(false, false, false, true, false);
    assertThat(loaded.get(3)).isEqualTo(shares.get(3).withVerified(true));
  }

  @Test
  void aDuplicateKeepsTheFirstCopyButRaisesVerified() {
    TestShares gen = new TestShares(3);
    StoredShare a = gen.next(120);
    StoredShare b = gen.next(120);
    store.add(a);
    store.add(b);
    StoredShare laterCopy =
        new StoredShare(a.hash(), a.type(), a.contents(), true, a.firstSeenMillis() + 999, "x:1");
    store.add(laterCopy);
    store.add(b.withVerified(false));

    assertThat(store.loadAll()).containsExactly(a.withVerified(true), b);
  }

  @Test
  void removeForgetsTheGivenSharesAndIgnoresUnknownOnes() {
    List<StoredShare> shares = new TestShares(4).next(6, 80);
    store.addAll(shares);
    store.remove(List.of(shares.get(0).hash(), shares.get(4).hash(), Hash256.ZERO));

    assertThat(store.loadAll())
        .containsExactly(shares.get(1), shares.get(2), shares.get(3), shares.get(5));
    assertThat(store.get(shares.get(0).hash())).isEmpty();
  }

  @Test
  void getReturnsTheShareTypeWireBytes() {
    StoredShare s = new TestShares(5).next(700);
    store.add(s);

    byte[] wire = store.get(s.hash()).orElseThrow();
    ByteReader r = new ByteReader(wire);
    assertThat(r.varInt()).isEqualTo(s.type());
    assertThat(r.varStr()).isEqualTo(s.contents());
    r.expectEnd();
    assertThat(TestShares.hashOf(wire)).isEqualTo(s.hash());
  }

  @Test
  void aClosedStoreRefusesWrites() {
    store.close();
    assertThatThrownBy(() -> store.add(new TestShares(6).next(10)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** Random add/verify/remove sequences agree with a plain ordered map. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void agreesWithASimpleModel(long seed) {
    TestShares gen = new TestShares(seed);
    Random rnd = gen.random();
    Map<Hash256, StoredShare> model = new LinkedHashMap<>();
    List<StoredShare> seen = new ArrayList<>();
    for (int step = 0; step < 300; step++) {
      int op = rnd.nextInt(10);
      if (op < 5 || seen.isEmpty()) {
        StoredShare s = gen.next(rnd.nextInt(1, 400)).withVerified(rnd.nextInt(5) == 0);
        seen.add(s);
        store.add(s);
        model.putIfAbsent(s.hash(), s);
      } else if (op < 7) {
        StoredShare again = seen.get(rnd.nextInt(seen.size())).withVerified(rnd.nextBoolean());
        store.add(again);
        StoredShare old = model.get(again.hash());
        if (old == null) {
          model.put(again.hash(), again);
        } else if (again.verified()) {
          model.put(again.hash(), old.withVerified(true));
        }
      } else if (op < 9) {
        Hash256 h = seen.get(rnd.nextInt(seen.size())).hash();
        store.markVerified(h);
        model.computeIfPresent(h, (k, v) -> v.withVerified(true));
      } else {
        List<Hash256> gone = new ArrayList<>();
        for (int i = rnd.nextInt(1, 4); i > 0; i--) {
          gone.add(seen.get(rnd.nextInt(seen.size())).hash());
        }
        store.remove(gone);
        gone.forEach(model::remove);
      }
      if (step % 97 == 0) {
        assertThat(store.count()).isEqualTo(model.size());
      }
    }
    assertThat(store.loadAll()).containsExactlyElementsOf(model.values());
  }
}
