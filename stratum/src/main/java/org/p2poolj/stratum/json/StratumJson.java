package org.p2poolj.stratum.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Parses request lines and encodes outgoing messages. The mapper is shared and thread-safe; nesting
 * and number sizes are bounded so a hostile line cannot make parsing expensive.
 */
public final class StratumJson {
  private static final ObjectMapper MAPPER = newMapper();

  private StratumJson() {}

  private static ObjectMapper newMapper() {
    // A shared buffer pool: Jackson's default keeps buffers per thread, which with one virtual
    // thread per session held about 16 KB per miner.
    JsonFactory factory =
        JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(100)
                    .maxStringLength(1 << 16)
                    .build())
            .build();
    return new ObjectMapper(factory);
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses one line. A JSON object with a {@code result} or {@code error} member and no method is a
   * reply to something we sent (some miners answer {@code client.*} calls) and yields empty.
   *
   * @throws MalformedLineException on invalid JSON or an object that is not a request
   */
  public static Optional<StratumRequest> parseRequest(String line) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedLineException(new StratumError(StratumError.PARSE_ERROR, "Parse error"));
    }
    if (tree == null || !tree.isObject()) {
      throw invalid("request must be a JSON object");
    }
    JsonNode id = tree.has("id") ? tree.get("id") : NullNode.getInstance();
    if (!(id.isNull() || id.isNumber() || id.isTextual())) {
      throw invalid("id must be a number, a string or null");
    }
    JsonNode method = tree.get("method");
    if (method == null || method.isNull()) {
      if (tree.has("result") || tree.has("error")) {
        return Optional.empty();
      }
      throw invalid("missing method");
    }
    if (!method.isTextual()) {
      throw invalid("method must be a string");
    }
    JsonNode params = tree.get("params");
    ArrayNode array;
    if (params == null || params.isNull()) {
      array = JsonNodeFactory.instance.arrayNode();
    } else if (params.isArray()) {
      array = (ArrayNode) params;
    } else {
      throw invalid("params must be an array");
    }
    return Optional.of(new StratumRequest(id, method.asText(), array));
  }

  private static MalformedLineException invalid(String why) {
    return new MalformedLineException(
        new StratumError(StratumError.INVALID_REQUEST, "Invalid request: " + why));
  }

  /** The line (without the newline) for an outgoing message other than {@link Outgoing.Close}. */
  public static String encode(Outgoing message) {
    return switch (message) {
      case Outgoing.Response r -> encodeResponse(r);
      case Outgoing.Notification n -> encodeNotification(n.method(), n.params().toArray());
      case Outgoing.Line l -> l.text();
      case Outgoing.Close c -> throw new IllegalArgumentException("a close has no line");
    };
  }

  /** A notification line, {@code {"id":null,"method":...,"params":[...]}}. */
  public static String encodeNotification(String method, Object... params) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.putNull("id");
    node.put("method", method);
    node.set("params", MAPPER.valueToTree(Arrays.asList(params)));
    return write(node);
  }

  private static String encodeResponse(Outgoing.Response r) {
    String id = r.id() == null ? "null" : r.id().toString();
    // Most answers are true or an error: written by hand, as they are one per submit.
    if (r.error() != null) {
      return "{\"id\":"
          + id
          + ",\"result\":null,\"error\":["
          + r.error().code()
          + ",\""
          + new String(JsonStringEncoder.getInstance().quoteAsString(r.error().message()))
          + "\",null]}";
    }
    if (r.result() instanceof Boolean b) {
      return "{\"id\":" + id + ",\"result\":" + b + ",\"error\":null}";
    }
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("id", r.id() == null ? NullNode.getInstance() : r.id());
    if (r.error() == null) {
      node.set("result", MAPPER.valueToTree(r.result()));
      node.putNull("error");
    } else {
      node.putNull("result");
      ArrayNode err = node.putArray("error");
      err.add(r.error().code());
      err.add(r.error().message());
      err.addNull();
    }
    return write(node);
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + node, e);
    }
  }
}
