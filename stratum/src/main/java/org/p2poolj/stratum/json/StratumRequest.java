package org.p2poolj.stratum.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One JSON-RPC call from a miner. {@code id} is echoed back verbatim (number, string or null);
 * {@code params} is always an array (a missing one reads as empty).
 */
public record StratumRequest(JsonNode id, String method, ArrayNode params) {
  public StratumRequest {
    if (id == null) {
      id = NullNode.getInstance();
    }
    if (method == null || params == null) {
      throw new IllegalArgumentException("method and params are required");
    }
  }

  /** The parameter at {@code index}, or a missing node when there are fewer. */
  public JsonNode param(int index) {
    return params.path(index);
  }
}
