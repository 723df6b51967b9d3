package org.p2poolj.stratum.server;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.p2poolj.stratum.json.DisconnectReason;

/** Server-wide counters, exposed as a {@link ServerStats} snapshot. */
final class ServerCounters {
  private final AtomicLong connectionsAccepted = new AtomicLong();
  private final Map<DisconnectReason, AtomicLong> disconnects =
      new EnumMap<>(DisconnectReason.class);
  private final AtomicReference<BroadcastStats> lastBroadcast =
      new AtomicReference<>(new BroadcastStats(0, 0, 0));

  ServerCounters() {
    for (DisconnectReason r : DisconnectReason.values()) {
      disconnects.put(r, new AtomicLong());
    }
  }

  void accepted() {
    connectionsAccepted.incrementAndGet();
  }

  void disconnected(DisconnectReason reason) {
    disconnects.get(reason).incrementAndGet();
  }

  void broadcast(BroadcastStats stats) {
    lastBroadcast.set(stats);
  }

  ServerStats snapshot(int sessions, int jobs) {
    Map<DisconnectReason, Long> d = new EnumMap<>(DisconnectReason.class);
    disconnects.forEach((k, v) -> d.put(k, v.get()));
    return new ServerStats(sessions, connectionsAccepted.get(), d, jobs, lastBroadcast.get());
  }
}
