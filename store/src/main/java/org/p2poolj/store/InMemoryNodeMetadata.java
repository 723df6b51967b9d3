package org.p2poolj.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link NodeMetadata} in memory, for tests and non-persistent networks. */
public final class InMemoryNodeMetadata implements NodeMetadata {
  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public void put(String key, String value) {
    values.put(key, value);
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public void remove(String key) {
    values.remove(key);
  }
}
