package org.p2poolj.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/** A {@link ShareStore} held in memory, for unit tests and for networks that do not persist. */
public final class InMemoryShareStore implements ShareStore {
  private final Map<Hash256, StoredShare> shares = new LinkedHashMap<>();
  private boolean closed;

  @Override
  public synchronized void add(StoredShare share) {
    checkOpen();
    StoredShare old = shares.get(share.hash());
    if (old == null) {
      shares.put(share.hash(), share);
    } else if (share.verified() && !old.verified()) {
      shares.put(share.hash(), old.withVerified(true));
    }
  }

  @Override
  public synchronized void addAll(Collection<StoredShare> batch) {
    for (StoredShare s : batch) {
      add(s);
    }
  }

  @Override
  public synchronized void markVerified(Hash256 hash) {
    checkOpen();
    shares.computeIfPresent(hash, (h, s) -> s.withVerified(true));
  }

  @Override
  public synchronized void remove(Collection<Hash256> hashes) {
    checkOpen();
    for (Hash256 h : hashes) {
      shares.remove(h);
    }
  }

  @Override
  public synchronized List<StoredShare> loadAll() {
    checkOpen();
    return List.copyOf(new ArrayList<>(shares.values()));
  }

  @Override
  public synchronized int count() {
    checkOpen();
    return shares.size();
  }

  @Override
  public synchronized Optional<byte[]> get(Hash256 hash) {
    checkOpen();
    return Optional.ofNullable(shares.get(hash)).map(StoredShare::shareTypeBytes);
  }

  @Override
  public void flush() {
    // Nothing is pending in memory.
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("share store is closed");
    }
  }
}
