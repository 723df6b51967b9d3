package org.p2poolj.p2p.manager;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.p2p.peer.DisconnectReason;

/**
 * Host bans as in JT {@code badPeerHappened}: each offence adds 1 to the host's score and bans it
 * until {@code now + base × score²}. Scores are forgiven by one per call to {@link #forgive()}
 * (hourly in the node; JT's version of this has a typo and never runs, FR fixed it). Loopback is
 * exempt when configured so, as in the reference; tests turn the exemption off to see bans.
 */
public final class BanList {
  private final InstantSource clock;
  private final boolean exemptLoopback;
  private final Map<String, Integer> scores = new HashMap<>();
  private final Map<String, Ban> bans = new HashMap<>();

  public BanList(InstantSource clock, boolean exemptLoopback) {
    this.clock = clock;
    this.exemptLoopback = exemptLoopback;
  }

  /** Records an offence and returns the resulting ban, or empty for an exempt host. */
  public synchronized Optional<Ban> offence(String host, DisconnectReason reason) {
    return offence(host, reason, reason.banBase());
  }

  public synchronized Optional<Ban> offence(String host, DisconnectReason reason, Duration base) {
    if (exemptLoopback && isLoopback(host)) {
      return Optional.empty();
    }
    int score = scores.merge(host, 1, Integer::sum);
    Duration length = base.multipliedBy((long) score * score);
    Ban ban = new Ban(host, clock.instant().plus(length), score, reason);
    bans.put(host, ban);
    return Optional.of(ban);
  }

  public synchronized boolean isBanned(String host) {
    Ban ban = bans.get(host);
    if (ban == null) {
      return false;
    }
    if (!clock.instant().isBefore(ban.until())) {
      bans.remove(host);
      return false;
    }
    return true;
  }

  /** Current bans, soonest expiry first; expired ones are dropped. */
  public synchronized List<Ban> list() {
    Instant now = clock.instant();
    bans.values().removeIf(b -> !now.isBefore(b.until()));
    List<Ban> out = new ArrayList<>(bans.values());
    out.sort(Comparator.comparing(Ban::until).thenComparing(Ban::host));
    return out;
  }

  /** Lowers every score by one, dropping zeros. */
  public synchronized void forgive() {
    scores.replaceAll((h, s) -> s - 1);
    scores.values().removeIf(s -> s <= 0);
  }

  public synchronized int score(String host) {
    return scores.getOrDefault(host, 0);
  }

  /** Lifts a ban (operator action); the score stays. */
  public synchronized boolean unban(String host) {
    return bans.remove(host) != null;
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1");
  }
}
