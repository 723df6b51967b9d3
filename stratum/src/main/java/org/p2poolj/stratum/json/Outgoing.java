package org.p2poolj.stratum.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a handler asks the connection to do: send a response, a notification or a prebuilt line, or
 * close the session. Handlers return lists of these, so they are testable without sockets.
 */
public sealed interface Outgoing {

  /** A reply to a request: exactly one of {@code result} and {@code error} is meaningful. */
  record Response(JsonNode id, Object result, StratumError error) implements Outgoing {
    public static Response ok(JsonNode id, Object result) {
      return new Response(id, result, null);
    }

    public static Response error(JsonNode id, StratumError error) {
      return new Response(id, null, error);
    }
  }

  /** A server-pushed call such as {@code mining.set_difficulty}; sent with {@code id: null}. */
  record Notification(String method, List<?> params) implements Outgoing {
    public Notification {
      params = List.copyOf(params);
    }
  }

  /**
   * A line encoded ahead of time, such as a job's {@code mining.notify} shared by every session;
   * {@code tag} names it for tests and logs (for a notify, the job id). {@code utf8} is the same
   * line as bytes with its newline, shared too, so a broadcast copies nothing per session.
   */
  record Line(String text, String tag, byte[] utf8) implements Outgoing {
    public Line(String text, String tag) {
      this(text, tag, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Close the session once the messages before this one are written. */
  record Close(DisconnectReason reason) implements Outgoing {}
}
