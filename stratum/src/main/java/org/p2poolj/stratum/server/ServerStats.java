package org.p2poolj.stratum.server;

import java.util.Map;
import org.p2poolj.stratum.json.DisconnectReason;

/** A snapshot of the server's counters for the web API and the benchmark. */
public record ServerStats(
    int sessions,
    long connectionsAccepted,
    Map<DisconnectReason, Long> disconnects,
    int jobsRemembered,
    BroadcastStats lastBroadcast) {
  public ServerStats {
    disconnects = Map.copyOf(disconnects);
  }
}
