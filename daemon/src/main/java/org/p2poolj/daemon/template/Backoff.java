package org.p2poolj.daemon.template;

import java.time.Duration;

/** Exponential retry delay between a floor and a ceiling; not thread-safe (one per loop). */
final class Backoff {
  private final Duration min;
  private final Duration max;
  private Duration next;

  Backoff(Duration min, Duration max) {
    this.min = min;
    this.max = max;
    this.next = min;
  }

  /** The delay to wait now; the following one doubles, up to the ceiling. */
  Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current;
  }

  void reset() {
    next = min;
  }
}
