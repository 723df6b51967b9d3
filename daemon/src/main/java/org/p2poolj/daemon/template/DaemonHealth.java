package org.p2poolj.daemon.template;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks whether the daemon answers, so an outage is reported once (not at every retry) and the
 * recovery once, with how long it lasted. Thread-safe: the poll and long-poll loops share it.
 */
public final class DaemonHealth {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonHealth.class);

  private final InstantSource clock;
  private final AtomicLong outages = new AtomicLong();
  private final AtomicLong recoveries = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private boolean down;
  private Instant downSince = Instant.EPOCH;
  private String lastError = "";

  public DaemonHealth(InstantSource clock) {
    this.clock = clock;
  }

  /** Records a failed call; logs only the first failure of an outage. Returns true if new. */
  public synchronized boolean failed(String error) {
    lastError = error;
    failures.incrementAndGet();
    if (down) {
      LOG.debug("daemon still unavailable: {}", error);
      return false;
    }
    down = true;
    downSince = clock.instant();
    outages.incrementAndGet();
    LOG.warn("daemon unavailable, retrying with backoff: {}", error);
    return true;
  }

  /** Records a successful call; logs the recovery if there was an outage. */
  public synchronized void ok() {
    if (!down) {
      return;
    }
    down = false;
    recoveries.incrementAndGet();
    LOG.info(
        "daemon available again after {} s",
        Duration.between(downSince, clock.instant()).toSeconds());
  }

  public synchronized boolean isDown() {
    return down;
  }

  public synchronized String lastError() {
    return lastError;
  }

  /** How many outages started (each reported once). */
  public long outages() {
    return outages.get();
  }

  /** Failed calls in total, including retries during an outage. */
  public long failures() {
    return failures.get();
  }

  public long recoveries() {
    return recoveries.get();
  }
}
