package org.p2poolj.p2p.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.wire.AddrRecord;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.PeerAddress;

class GossipTest {
  /** A generator whose nextDouble is fixed, to force or forbid the 0.8 forwards. */
  private static RandomGenerator fixed(double d) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 4;
      }

      @Override
      public double nextDouble() {
        return d;
      }
    };
  }

  @Test
  void addrMeStoresThePeerIpWithItsPortAndForwardsAnAddrs() {
    List<Gossip.Action> a = Gossip.onAddrMe("198.51.100.4", 0, 9326, 5000, fixed(0.1));
    assertThat(a.getFirst())
        .isEqualTo(new Gossip.Action.Store(new HostPort("198.51.100.4", 9326), 0, 5000));
    assertThat(a.get(1))
        .isEqualTo(
            new Gossip.Action.Forward(
                new Message.Addrs(
                    List.of(new AddrRecord(5000, PeerAddress.of(0, "198.51.100.4", 9326))))));
    assertThat(Gossip.onAddrMe("198.51.100.4", 0, 9326, 5000, fixed(0.9))).hasSize(1);
  }

  @Test
  void addrMeFromLoopbackIsForwardedAsIs() {
    assertThat(Gossip.onAddrMe("127.0.0.1", 0, 9326, 5000, fixed(0.1)))
        .containsExactly(new Gossip.Action.Forward(new Message.AddrMe(9326)));
  }

  @Test
  void addrsClampsFutureTimestampsToNow() {
    AddrRecord future = new AddrRecord(9999, PeerAddress.of(0, "203.0.113.9", 9326));
    AddrRecord past = new AddrRecord(100, PeerAddress.of(0, "203.0.113.8", 9326));
    List<Gossip.Action> a = Gossip.onAddrs(List.of(future, past), 5000, fixed(0.9));
    assertThat(a)
        .containsExactly(
            new Gossip.Action.Store(new HostPort("203.0.113.9", 9326), 0, 5000),
            new Gossip.Action.Store(new HostPort("203.0.113.8", 9326), 0, 100));
  }

  @Test
  void getAddrsRepliesWithAtMostAHundredLastSeenRecords() {
    AddressBook book = new AddressBook();
    for (int i = 0; i < 150; i++) {
      book.seen(new HostPort("10.0." + (i / 200) + "." + i, 9326), 0, 1000 + i);
    }
    Gossip.Action a = Gossip.onGetAddrs(500, book, 2000, fixed(0.5));
    Message.Addrs reply = (Message.Addrs) ((Gossip.Action.Reply) a).message();
    assertThat(reply.addrs()).hasSize(100);
    for (AddrRecord r : reply.addrs()) {
      HostPort hp = new HostPort(r.address().host(), r.address().port());
      assertThat(r.timestamp()).isEqualTo(book.snapshot().get(hp).lastSeen());
    }
    Message.Addrs few =
        (Message.Addrs)
            ((Gossip.Action.Reply) Gossip.onGetAddrs(8, book, 2000, fixed(0.5))).message();
    assertThat(few.addrs()).hasSize(8);
  }
}
