package org.p2poolj.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.testing.FakeChain;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.Messages;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.ShareReplyResult;

class ShareServerTest {
  private static final Hash256 ID = Hash256.fromHex("01".repeat(32));
  private final FakeChain chain = new FakeChain();
  private final List<Hash256> h = chain.extend(Hash256.ZERO, 30, "s");

  private List<Hash256> served(Message.ShareReply r) {
    return r.shares().stream().map(FakeChain::hashOf).toList();
  }

  @Test
  void servesTheShareAndItsParentsNewestFirst() {
    Message.ShareReply r =
        ShareServer.serve(
            new Message.ShareReq(ID, List.of(h.get(20)), 3, List.of()), chain, 1 << 20);
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.result()).isEqualTo(ShareReplyResult.GOOD);
    assertThat(served(r)).containsExactly(h.get(20), h.get(19), h.get(18), h.get(17));
  }

  @Test
  void stopsBeforeAStopHash() {
    Message.ShareReply r =
        ShareServer.serve(
            new Message.ShareReq(ID, List.of(h.get(20)), 10, List.of(h.get(17))), chain, 1 << 20);
    assertThat(served(r)).containsExactly(h.get(20), h.get(19), h.get(18));
  }

  @Test
  void parentsAreCappedAtAThousandOverTheNumberOfHashes() {
    FakeChain longChain = new FakeChain();
    List<Hash256> l = longChain.extend(Hash256.ZERO, 1200, "l");
    Message.ShareReply one =
        ShareServer.serve(
            new Message.ShareReq(ID, List.of(l.getLast()), 5000, List.of()), longChain, 32_000_000);
    assertThat(one.shares()).hasSize(1001);
    List<Hash256> three = List.of(l.get(1199), l.get(800), l.get(400));
    Message.ShareReply r =
        ShareServer.serve(new Message.ShareReq(ID, three, 5000, List.of()), longChain, 32_000_000);
    assertThat(r.shares()).hasSize(3 * 334);
  }

  @Test
  void unknownHashesContributeNothing() {
    Message.ShareReply r =
        ShareServer.serve(
            new Message.ShareReq(ID, List.of(Hash256.fromHex("ff".repeat(32))), 10, List.of()),
            chain,
            1 << 20);
    assertThat(r.result()).isEqualTo(ShareReplyResult.GOOD);
    assertThat(r.shares()).isEmpty();
  }

  @Test
  void aReplyOverTheLimitIsTooLongAndEmpty() {
    Message.ShareReq req = new Message.ShareReq(ID, List.of(h.get(29)), 29, List.of());
    Message.ShareReply full = ShareServer.serve(req, chain, 1 << 20);
    int size = Messages.encode(full).length;
    assertThat(ShareServer.serve(req, chain, size).result()).isEqualTo(ShareReplyResult.GOOD);
    Message.ShareReply tooLong = ShareServer.serve(req, chain, size - 1);
    assertThat(tooLong.result()).isEqualTo(ShareReplyResult.TOO_LONG);
    assertThat(tooLong.shares()).isEmpty();
  }

  @Test
  void fragmenterKeepsEveryMessageUnderTheLimitAndTheOrder() {
    List<Hash256> all = new ArrayList<>(h);
    List<RawShare> shares = chain.collect(List.of(h.getLast()), 29, Set.of());
    List<Message.Shares> parts = Fragmenter.split(shares, 300);
    assertThat(parts.size()).isGreaterThan(1);
    List<Hash256> back = new ArrayList<>();
    for (Message.Shares m : parts) {
      assertThat(Messages.encode(m).length).isLessThanOrEqualTo(300);
      m.shares().forEach(s -> back.add(FakeChain.hashOf(s)));
    }
    assertThat(back).containsExactlyElementsOf(all.reversed());
  }
}
