package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.sync.DesiredShare;
import org.p2poolj.p2p.sync.KnownShare;
import org.p2poolj.p2p.sync.ReceiveResult;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.RawTx;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.verify.KnownTxSizes.TxSize;
import org.p2poolj.store.InMemoryShareStore;

class ChainPortTest {
  private static final PoolNetwork NET = ChainFixtures.net();
  private static final long T0 = 1_750_000_000L;
  private static final PeerId PEER = new PeerId(7, "192.0.2.9", 40000, true);

  private final InstantSource clock = () -> Instant.ofEpochSecond(T0);
  private ChainService a;
  private ChainService b;
  private List<LoadedShare> made;

  @BeforeEach
  void setUp() throws Exception {
    a = new ChainService(NET, new InMemoryShareStore(), clock, new Random(1));
    b = new ChainService(NET, new InMemoryShareStore(), clock, new Random(2));
    a.start();
    b.start();
    SyntheticChain gen = ChainFixtures.generator(NET, 9, T0 - 1000);
    made = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Hash256 prev = a.best().orElse(null);
      LoadedShare s = a.call(t -> gen.next(t, prev, null));
      a.addLocal(s);
      made.add(s);
    }
  }

  @AfterEach
  void tearDown() {
    a.stop();
    b.stop();
  }

  private static Hash256 hashOf(RawShare s) {
    return ShareLoader.load(
            new org.p2poolj.share.codec.RawShare(s.type(), s.contents()), NET, false)
        .hash();
  }

  private Hash256 made(int fromNewest) {
    return made.get(made.size() - 1 - fromNewest).hash();
  }

  @Test
  void collectWalksBackNewestFirstAndStopsBeforeAStop() {
    ChainPort port = new ChainPort(a);
    List<RawShare> five = port.collect(List.of(made(0)), 4, Set.of());
    assertThat(five.stream().map(ChainPortTest::hashOf))
        .containsExactly(made(0), made(1), made(2), made(3), made(4));
    List<RawShare> two = port.collect(List.of(made(0)), 4, Set.of(made(2)));
    assertThat(two.stream().map(ChainPortTest::hashOf)).containsExactly(made(0), made(1));
    assertThat(port.collect(List.of(Hash256.ZERO), 10, Set.of())).isEmpty();
    assertThat(port.has(made(5))).isTrue();
    assertThat(port.has(Hash256.ZERO)).isFalse();
  }

  @Test
  void receivedSharesAreAddedOnceAndTheirParentIsWantedFromTheSender() {
    ChainPort source = new ChainPort(a);
    ChainPort port = new ChainPort(b);
    List<RawShare> newest = source.collect(List.of(made(0)), 0, Set.of());
    ReceiveResult r = port.received(newest, PEER);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.hashes()).containsExactly(made(0));
    assertThat(r.rejected()).isEmpty();

    List<DesiredShare> desired = port.desired();
    assertThat(desired).contains(new DesiredShare(made(1), Optional.of(PEER)));
    assertThat(port.downloadStops()).contains(made(0));

    ReceiveResult again = port.received(newest, PEER);
    assertThat(again.added()).isZero();
    assertThat(again.hashes()).containsExactly(made(0));
    assertThat(port.sharesReceived()).isEqualTo(2);
    assertThat(port.sharesAdded()).isEqualTo(1);
  }

  @Test
  void syncedChainIsServedWithItsSources() {
    ChainPort source = new ChainPort(a);
    ChainPort port = new ChainPort(b);
    ReceiveResult r = port.received(source.collect(List.of(made(0)), 19, Set.of()), PEER);
    assertThat(r.added()).isEqualTo(20);
    assertThat(port.best()).contains(made(0));
    List<KnownShare> recent = port.recentFromBest(3);
    assertThat(recent).extracting(KnownShare::hash).containsExactly(made(0), made(1), made(2));
    assertThat(recent).allMatch(k -> k.source().equals(Optional.of(PEER)));
    assertThat(source.recentFromBest(2)).allMatch(k -> k.source().isEmpty());
    assertThat(port.desired()).isEmpty();
  }

  @Test
  void unparsableSharesDisconnectAndBadPowBans() {
    ChainPort port = new ChainPort(b);
    ReceiveResult r =
        port.received(
            List.of(new RawShare(35, new byte[] {1, 2, 3}), new RawShare(99, new byte[4])), PEER);
    assertThat(r.added()).isZero();
    assertThat(r.rejected()).hasSize(2).allMatch(x -> x.kind() == ReceiveResult.Kind.UNSUPPORTED);
    assertThat(ChainPort.rejection(InvalidShare.of(InvalidShare.Reason.POW_INVALID, "x")).kind())
        .isEqualTo(ReceiveResult.Kind.INVALID);
    assertThat(
            ChainPort.rejection(InvalidShare.of(InvalidShare.Reason.TARGET_ABOVE_MAX, "")).kind())
        .isEqualTo(ReceiveResult.Kind.INVALID);
  }

  @Test
  void rememberedTransactionsTeachTheChainTheirSizesAndGarbageIsSkipped() {
    Transaction tx =
        Transaction.of(
            1,
            List.of(
                new TxIn(
                    Hash256.fromHex("77".repeat(32)), 0, new byte[] {0x51}, TxIn.FINAL_SEQUENCE)),
            List.of(new TxOut(5_000, new byte[] {0x51})),
            0);
    new ChainPort(b)
        .remembered(List.of(new RawTx(new byte[] {1, 2, 3}), new RawTx(tx.serialize())), PEER);
    assertThat(b.knownTransactions().size()).isEqualTo(1);
    assertThat(b.knownTransactions().find(tx.txid()))
        .isEqualTo(new TxSize(tx.size(), tx.strippedSize()));
  }
}
