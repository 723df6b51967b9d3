package org.p2poolj.p2p.sync;

import java.time.Duration;

/**
 * Download tuning: how many requests may be in flight at once (each to a different peer), how many
 * ancestors each asks for, and the reply timeout after which the peer is dropped (15 s in p2pool).
 */
public record SyncSettings(int maxInFlight, int parentsPerRequest, Duration requestTimeout) {
  public static final SyncSettings DEFAULTS = new SyncSettings(4, 500, Duration.ofSeconds(15));

  public SyncSettings {
    if (maxInFlight < 1 || parentsPerRequest < 0 || requestTimeout.isNegative()) {
      throw new IllegalArgumentException("bad sync settings");
    }
  }
}
