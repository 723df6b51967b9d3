package org.p2poolj.p2p.addr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The address book ({@code Node.got_addr} / {@code get_good_peers}). Entries are capped; past the
 * cap the entry seen longest ago is evicted. Thread-safe.
 */
public final class AddressBook {
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Map<HostPort, AddrEntry> entries = new HashMap<>();

  public AddressBook(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  public AddressBook() {
    this(DEFAULT_CAPACITY);
  }

  /** Records that {@code addr} was seen at {@code timestamp} (Unix seconds). */
  public synchronized void seen(HostPort addr, long services, long timestamp) {
    AddrEntry old = entries.get(addr);
    if (old == null) {
      if (entries.size() >= capacity) {
        evictOldest();
      }
      entries.put(addr, new AddrEntry(services, timestamp, timestamp));
    } else {
      entries.put(
          addr,
          new AddrEntry(
              services, Math.min(old.firstSeen(), timestamp), Math.max(old.lastSeen(), timestamp)));
    }
  }

  /** Adds an entry as loaded from disk, keeping its times. */
  public synchronized void put(HostPort addr, AddrEntry entry) {
    if (!entries.containsKey(addr) && entries.size() >= capacity) {
      evictOldest();
    }
    entries.put(addr, entry);
  }

  private void evictOldest() {
    entries.entrySet().stream()
        .min(Comparator.comparingLong(e -> e.getValue().lastSeen()))
        .map(Map.Entry::getKey)
        .ifPresent(entries::remove);
  }

  public synchronized boolean remove(HostPort addr) {
    return entries.remove(addr) != null;
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized Map<HostPort, AddrEntry> snapshot() {
    return Map.copyOf(entries);
  }

  /**
   * Up to {@code max} addresses, chosen at random but weighted toward addresses known for a long
   * time and seen recently, skipping {@code exclude}.
   */
  public synchronized List<Map.Entry<HostPort, AddrEntry>> goodPeers(
      int max, long now, RandomGenerator random, Set<HostPort> exclude) {
    record Scored(Map.Entry<HostPort, AddrEntry> entry, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<HostPort, AddrEntry> e : entries.entrySet()) {
      if (exclude.contains(e.getKey())) {
        continue;
      }
      AddrEntry a = e.getValue();
      double lifetime = Math.max(0, a.lastSeen() - a.firstSeen());
      double age = Math.max(0, now - a.lastSeen());
      // A random draw per entry keeps choice spread out; the log terms only tilt it.
      double score =
          random.nextDouble() * 4 + Math.log1p(lifetime / 3600.0) - Math.log1p(age / 3600.0);
      scored.add(new Scored(Map.entry(e.getKey(), a), score));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<Map.Entry<HostPort, AddrEntry>> out = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < max; i++) {
      out.add(scored.get(i).entry());
    }
    return out;
  }
}
