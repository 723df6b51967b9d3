package org.p2poolj.stratum.session;

import java.util.List;
import org.p2poolj.stratum.json.Outgoing;

/** The methods whose whole work is one answer. */
final class SimpleHandlers {
  private SimpleHandlers() {}

  /**
   * {@code mining.extranonce.subscribe}: accepted; our extranonce never changes mid-session, so
   * {@code mining.set_extranonce} is never sent.
   */
  static final MethodHandler EXTRANONCE_SUBSCRIBE =
      (req, session, ctx) -> {
        session.extranonceSubscribed(true);
        return List.of(Outgoing.Response.ok(req.id(), true));
      };

  /** {@code mining.ping}: some proxies send it to check the pool is alive. */
  static final MethodHandler PING =
      (req, session, ctx) -> List.of(Outgoing.Response.ok(req.id(), "pong"));
}
