package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.gentx.ShareFactory;
import org.p2poolj.share.gentx.ShareTemplate;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tracker.ShareTracker;

/** stale_info from this node's own shares: orphans first, then dead-on-arrival, else none. */
class LocalSharesTest {
  private static final String ADDRESS = "rltc1qwu8drekw69nlwr3tpdy3cd5u0dz4vkzgu5sz60";
  private final PoolNetwork net = PoolNetworks.byName("litecoin-regtest");
  private final ShareFactory factory = new ShareFactory(net);
  private ShareTracker tracker;
  private long time = 1_700_000_000L;

  @BeforeEach
  void setUp() {
    tracker = new ShareTracker(net, new SplittableRandom(3));
  }

  private LoadedShare share(LoadedShare parent, int staleInfo) {
    ShareData data =
        new ShareData(
            parent == null ? null : parent.hash(),
            new byte[] {2, 88, 2},
            time,
            new Payee.Address(ADDRESS),
            5_000_000_000L,
            0,
            staleInfo,
            35);
    ShareTemplate t =
        new ShareTemplate(
            ShareKind.V35,
            data,
            0x20000000L,
            Hash256.ZERO,
            0x207fffffL,
            time++,
            net.maxTarget(),
            0,
            SegwitData.EMPTY);
    Share s = factory.mine(tracker, t, 0, 10_000);
    LoadedShare loaded = ShareLoader.load(s, net, false);
    tracker.add(loaded, null, time);
    return loaded;
  }

  @Test
  void nothingOfOursIsNone() {
    LoadedShare a = share(null, LocalShares.NONE);
    assertThat(new LocalShares().staleInfo(tracker, a.hash(), 100)).isEqualTo(LocalShares.NONE);
  }

  @Test
  void anOwnShareOffTheBestChainIsAnOrphanUnlessItWasDeadOnArrival() {
    LoadedShare a = share(null, LocalShares.NONE);
    LoadedShare b = share(a, LocalShares.NONE);
    LoadedShare c = share(a, LocalShares.NONE); // a fork beside b
    LoadedShare d = share(b, LocalShares.NONE);

    LocalShares orphaned = new LocalShares();
    orphaned.add(b.hash(), false);
    orphaned.add(c.hash(), false);
    assertThat(orphaned.staleInfo(tracker, d.hash(), 100)).isEqualTo(LocalShares.ORPHAN);

    LocalShares dead = new LocalShares();
    dead.add(b.hash(), false);
    dead.add(c.hash(), true);
    assertThat(dead.staleInfo(tracker, d.hash(), 100)).isEqualTo(LocalShares.DOA);
    assertThat(dead.count()).isEqualTo(2);
    assertThat(dead.doaCount()).isEqualTo(1);
  }

  @Test
  void anAnnouncementAlreadyInTheChainSettlesIt() {
    LoadedShare a = share(null, LocalShares.NONE);
    LoadedShare b = share(a, LocalShares.NONE);
    LoadedShare c = share(a, LocalShares.NONE);
    LoadedShare d = share(b, LocalShares.DOA); // ours, and it already told about c

    LocalShares local = new LocalShares();
    local.add(b.hash(), false);
    local.add(c.hash(), true);
    local.add(d.hash(), false);
    assertThat(local.staleInfo(tracker, d.hash(), 100)).isEqualTo(LocalShares.NONE);
    assertThat(local.isMine(c.hash())).isTrue();
    assertThat(tracker.size()).isEqualTo(4);
  }
}
