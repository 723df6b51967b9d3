package org.p2poolj.share.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.TestNets;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;

/** Older share versions verify too, and the switch rule of spec §4.6 holds. */
class VersionSwitchTest {
  private final PoolNetwork net = TestNets.small();

  private ShareTracker tracker() {
    return new ShareTracker(net, new Random(7));
  }

  @Test
  void v17ChainWithTxRefsVerifiesAndSwitchesToV35WithFullHistory() {
    ShareTracker t = tracker();
    SyntheticChain c17 = TestNets.chain(net, new SplittableRandom(5), 4, ShareKind.V17);
    Hash256 head = c17.extend(t, null, net.chainLength() + 3, s -> t.add(s, null, s.timestamp()));
    assertThat(t.verifyChain(head, Long.MAX_VALUE / 4)).isEmpty();
    assertThat(t.get(head).kind()).isEqualTo(ShareKind.V17);

    LoadedShare v35 = c17.withKind(ShareKind.V35).next(t, head, null);
    t.add(v35, "p", v35.timestamp());
    // every v17 share votes 35, so the successor switch has 100% of the window
    assertThat(t.attemptVerify(v35.hash(), v35.timestamp())).isEmpty();

    LoadedShare back = c17.withKind(ShareKind.V33).next(t, v35.hash(), null);
    t.add(back, "p", back.timestamp());
    assertThat(t.attemptVerify(back.hash(), back.timestamp()))
        .hasValueSatisfying(i -> assertThat(i.reason()).isEqualTo(Reason.CANNOT_FOLLOW));
  }

  @Test
  void switchWithoutHistoryIsRejected() {
    ShareTracker t = tracker();
    SyntheticChain c34 = TestNets.chain(net, new SplittableRandom(9), 4, ShareKind.V34);
    Hash256 head = c34.extend(t, null, 5, s -> t.add(s, null, s.timestamp()));
    LoadedShare v35 = c34.withKind(ShareKind.V35).next(t, head, null);
    t.add(v35, "p", v35.timestamp());
    assertThat(t.attemptVerify(v35.hash(), v35.timestamp()))
        .hasValueSatisfying(
            i -> assertThat(i.reason()).isEqualTo(Reason.SWITCH_WITHOUT_ENOUGH_HISTORY));
    // a non-successor change below CHAIN_LENGTH is tolerated (quirk Q9)
    LoadedShare v33 = c34.withKind(ShareKind.V33).next(t, head, null);
    t.add(v33, "p", v33.timestamp());
    assertThat(t.attemptVerify(v33.hash(), v33.timestamp())).isEmpty();
  }

  @Test
  void timestampTooFarInTheFutureIsRejected() {
    ShareTracker t = tracker();
    SyntheticChain c = TestNets.chain(net, new SplittableRandom(11), 4);
    Hash256 head = c.extend(t, null, 1, s -> t.add(s, null, s.timestamp()));
    long ts = t.get(head).timestamp();
    assertThat(t.attemptVerify(head, ts - 601))
        .hasValueSatisfying(i -> assertThat(i.reason()).isEqualTo(Reason.TIMESTAMP_IN_FUTURE));
    assertThat(t.attemptVerify(head, ts - 600)).isEmpty();
  }
}
