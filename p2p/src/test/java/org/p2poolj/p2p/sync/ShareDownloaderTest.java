package org.p2poolj.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.peer.PeerId;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.ShareReplyResult;

class ShareDownloaderTest {
  private final PeerId a = new PeerId(1, "10.0.0.1", 1, false);
  private final PeerId b = new PeerId(2, "10.0.0.2", 1, false);
  private final AtomicLong now = new AtomicLong();

  /** A chain holding two disconnected heads whose parents are missing. */
  private FakeChain chainWithTwoGaps() {
    FakeChain c = new FakeChain();
    c.addLocal(FakeChain.share(Hash256.fromHex("11".repeat(32)), "x"));
    c.addLocal(FakeChain.share(Hash256.fromHex("22".repeat(32)), "y"));
    return c;
  }

  private ShareDownloader downloader(FakeChain c, int inFlight) {
    return new ShareDownloader(
        c,
        new SyncSettings(inFlight, 500, Duration.ofSeconds(15)),
        new SplittableRandom(3),
        now::get);
  }

  @Test
  void asksForEachDesiredShareFromADifferentPeer() {
    ShareDownloader d = downloader(chainWithTwoGaps(), 4);
    List<ShareDownloader.Outgoing> out = d.plan(List.of(a, b));
    assertThat(out).hasSize(2);
    assertThat(out).extracting(ShareDownloader.Outgoing::peer).containsExactlyInAnyOrder(a, b);
    assertThat(out)
        .extracting(o -> o.request().hashes().getFirst())
        .containsExactlyInAnyOrder(
            Hash256.fromHex("11".repeat(32)), Hash256.fromHex("22".repeat(32)));
    assertThat(out).allSatisfy(o -> assertThat(o.request().parents()).isEqualTo(500));
    // nothing new while both are in flight
    assertThat(d.plan(List.of(a, b))).isEmpty();
  }

  @Test
  void onePeerGetsOneRequestAtATime() {
    ShareDownloader d = downloader(chainWithTwoGaps(), 4);
    assertThat(d.plan(List.of(a))).hasSize(1);
    assertThat(d.plan(List.of(a))).isEmpty();
  }

  @Test
  void repliesAreMatchedByIdAndSender() {
    ShareDownloader d = downloader(chainWithTwoGaps(), 1);
    ShareDownloader.Outgoing o = d.plan(List.of(a)).getFirst();
    Message.ShareReply reply =
        new Message.ShareReply(o.request().id(), ShareReplyResult.GOOD, List.of());
    assertThat(d.onReply(b, reply)).isFalse();
    Message.ShareReply other =
        new Message.ShareReply(Hash256.fromHex("33".repeat(32)), ShareReplyResult.GOOD, List.of());
    assertThat(d.onReply(a, other)).isFalse();
    assertThat(d.onReply(a, reply)).isTrue();
    assertThat(d.onReply(a, reply)).isFalse();
    assertThat(d.inFlight()).isZero();
  }

  @Test
  void timedOutRequestsNameTheirPeer() {
    ShareDownloader d = downloader(chainWithTwoGaps(), 4);
    d.plan(List.of(a, b));
    now.addAndGet(Duration.ofSeconds(14).toNanos());
    assertThat(d.expired()).isEmpty();
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(d.expired()).containsExactlyInAnyOrder(a, b);
    assertThat(d.inFlight()).isZero();
  }

  @Test
  void tooLongHalvesTheNextRequest() {
    ShareDownloader d = downloader(chainWithTwoGaps(), 1);
    ShareDownloader.Outgoing o = d.plan(List.of(a)).getFirst();
    d.onReply(a, new Message.ShareReply(o.request().id(), ShareReplyResult.TOO_LONG, List.of()));
    assertThat(d.plan(List.of(a)).getFirst().request().parents()).isEqualTo(250);
  }

  @Test
  void aPeerThatHadNothingIsNotAskedAgainAtOnce() {
    FakeChain c = new FakeChain();
    c.addLocal(FakeChain.share(Hash256.fromHex("11".repeat(32)), "x"));
    ShareDownloader d = downloader(c, 1);
    ShareDownloader.Outgoing o = d.plan(List.of(a)).getFirst();
    d.onReply(a, new Message.ShareReply(o.request().id(), ShareReplyResult.GOOD, List.of()));
    assertThat(d.plan(List.of(a))).isEmpty();
    assertThat(d.plan(List.of(a, b))).extracting(ShareDownloader.Outgoing::peer).containsExactly(b);
    d.peerGone(b);
    now.addAndGet(ShareDownloader.MISS_BACKOFF_NANOS);
    assertThat(d.plan(List.of(a))).extracting(ShareDownloader.Outgoing::peer).containsExactly(a);
  }

  @Test
  void prefersThePeerTheShareCameFrom() {
    FakeChain c = new FakeChain();
    c.received(List.of(FakeChain.share(Hash256.fromHex("44".repeat(32)), "z")), b);
    ShareDownloader d = downloader(c, 1);
    for (int i = 0; i < 5; i++) {
      ShareDownloader.Outgoing o = d.plan(List.of(a, b)).getFirst();
      assertThat(o.peer()).isEqualTo(b);
      d.peerGone(b);
    }
    assertThat(new DesiredShare(Hash256.ZERO, Optional.of(b)).source()).contains(b);
  }
}
