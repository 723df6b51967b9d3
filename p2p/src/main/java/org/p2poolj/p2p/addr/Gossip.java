package org.p2poolj.p2p.addr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.p2poolj.p2p.wire.AddrRecord;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.PeerAddress;

/**
 * The address gossip rules of spec 1.3 as pure functions returning actions. Randomness and time are
 * passed in, so the rules are deterministic under test.
 */
public final class Gossip {
  /** p2pool forwards each learned address to one random peer with this probability. */
  public static final double FORWARD_PROBABILITY = 0.8;

  /** {@code getaddrs} replies carry at most this many records. */
  public static final int MAX_REPLY = 100;

  /** Bounds the fan-out one {@code addrs} message can cause (p2pool has no bound). */
  public static final int MAX_FORWARDS_PER_MESSAGE = 10;

  private Gossip() {}

  /** What the node should do. */
  public sealed interface Action {
    record Store(HostPort addr, long services, long timestamp) implements Action {}

    /** Send to one random established peer other than the sender. */
    record Forward(Message message) implements Action {}

    /** Send back to the sender. */
    record Reply(Message message) implements Action {}
  }

  /**
   * {@code addrme(port)} from {@code peerHost}. A loopback sender cannot be advertised by its IP,
   * so its {@code addrme} is passed on as is.
   */
  public static List<Action> onAddrMe(
      String peerHost, long peerServices, int port, long now, RandomGenerator random) {
    List<Action> out = new ArrayList<>();
    if (port == 0) {
      return out;
    }
    if (peerHost.equals("127.0.0.1")) {
      if (random.nextDouble() < FORWARD_PROBABILITY) {
        out.add(new Action.Forward(new Message.AddrMe(port)));
      }
      return out;
    }
    out.add(new Action.Store(new HostPort(peerHost, port), peerServices, now));
    if (random.nextDouble() < FORWARD_PROBABILITY) {
      PeerAddress a = PeerAddress.of(peerServices, peerHost, port);
      out.add(new Action.Forward(new Message.Addrs(List.of(new AddrRecord(now, a)))));
    }
    return out;
  }

  /** {@code addrs}: store each record with its timestamp clamped to now; forward some. */
  public static List<Action> onAddrs(List<AddrRecord> records, long now, RandomGenerator random) {
    List<Action> out = new ArrayList<>();
    int forwards = 0;
    for (AddrRecord rec : records) {
      PeerAddress a = rec.address();
      if (a.port() == 0 || a.inetAddress().isAnyLocalAddress()) {
        continue;
      }
      long ts = Long.compareUnsigned(rec.timestamp(), now) < 0 ? rec.timestamp() : now;
      out.add(new Action.Store(new HostPort(a.host(), a.port()), a.services(), ts));
      if (random.nextDouble() < FORWARD_PROBABILITY && forwards < MAX_FORWARDS_PER_MESSAGE) {
        forwards++;
        out.add(new Action.Forward(new Message.Addrs(List.of(rec))));
      }
    }
    return out;
  }

  /** {@code getaddrs(count)}: reply with up to min(count, 100) good addresses. */
  public static Action onGetAddrs(long count, AddressBook book, long now, RandomGenerator random) {
    int n = (int) Math.min(count, MAX_REPLY);
    List<AddrRecord> records = new ArrayList<>();
    for (Map.Entry<HostPort, AddrEntry> e : book.goodPeers(n, now, random, Set.of())) {
      try {
        PeerAddress a =
            PeerAddress.of(e.getValue().services(), e.getKey().host(), e.getKey().port());
        records.add(new AddrRecord(e.getValue().lastSeen(), a));
      } catch (IllegalArgumentException notALiteral) {
        // names (unresolved bootstrap entries) cannot go on the wire
      }
    }
    return new Action.Reply(new Message.Addrs(records));
  }
}
