package org.p2poolj.web.graph;

import java.util.Optional;
import org.p2poolj.store.NodeMetadata;

/**
 * Keeps the graph history under one key of the node's durable metadata table (SQLite in a real
 * node), so the dashboard's charts survive a restart. One row rewritten every save keeps this
 * independent of the store's own sample schema.
 */
public final class MetadataGraphStore implements GraphStore {
  public static final String KEY = "web.graph_history";
  private final NodeMetadata metadata;

  public MetadataGraphStore(NodeMetadata metadata) {
    this.metadata = metadata;
  }

  @Override
  public Optional<String> load() {
    return metadata.get(KEY);
  }

  @Override
  public void save(String json) {
    metadata.put(KEY, json);
  }
}
