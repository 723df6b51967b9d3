package org.p2poolj.web.graph;

import java.util.Optional;
import org.p2poolj.store.NodeMetadata;

/**
 * Keeps the web history under {@code web.<name>} keys of the node's durable metadata table (SQLite
 * in a real node), so the dashboard's charts survive a restart. One row rewritten per save keeps
 * this independent of the store's own sample schema.
 */
public final class MetadataGraphStore implements GraphStore {
  public static final String KEY_PREFIX = "web.";
  private final NodeMetadata metadata;

  public MetadataGraphStore(NodeMetadata metadata) {
    this.metadata = metadata;
  }

  @Override
  public Optional<String> load(String name) {
    return metadata.get(KEY_PREFIX + name);
  }

  @Override
  public void save(String name, String json) {
    metadata.put(KEY_PREFIX + name, json);
  }
}
