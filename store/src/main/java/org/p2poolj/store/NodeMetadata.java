package org.p2poolj.store;

import java.util.Optional;

/** A small durable key-value table for node facts that must survive a restart. */
public interface NodeMetadata {
  /** The best share hash (64 hex digits) when the node last stopped. */
  String BEST_SHARE_AT_SHUTDOWN = "best_share_at_shutdown";

  /** Sets a key; written asynchronously like the shares, in call order. */
  void put(String key, String value);

  Optional<String> get(String key);

  void remove(String key);
}
