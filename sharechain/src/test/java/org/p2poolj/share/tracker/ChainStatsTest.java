package org.p2poolj.share.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.network.PoolNetwork;

class ChainStatsTest {
  @Test
  void expectedPayoutsSplitTheWholeSubsidyOverTheWindow() {
    PoolNetwork net = TestNets.small();
    ShareTracker t = new ShareTracker(net, new Random(1));
    List<LoadedShare> made = new ArrayList<>();
    Hash256 head =
        TestNets.chain(net, new SplittableRandom(3), 5)
            .extend(
                t,
                null,
                30,
                s -> {
                  t.add(s, null, s.timestamp());
                  made.add(s);
                });
    BigInteger easyBlock = Targets.TWO_256.divide(BigInteger.valueOf(1_000_000));
    Map<String, Long> p = ChainStats.expectedPayouts(t, head, easyBlock, 625_000_000L);
    assertThat(p.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(625_000_000L);
    // with a huge block target the window is capped at REAL_CHAIN_LENGTH shares from the head
    for (LoadedShare s : made.subList(made.size() - net.realChainLength(), made.size())) {
      if (s.donation() < 65535) {
        assertThat(p).containsKey(s.payoutKey());
      }
    }
    assertThat(ChainStats.attemptsPerSecond(t, head, 10, false)).isPositive();
  }

  @Test
  void segwitDataFromNoTransactionsIsTheEmptyDefault() {
    assertThat(SegwitData.fromTransactions(List.of(), List.of())).isEqualTo(SegwitData.EMPTY);
  }
}
