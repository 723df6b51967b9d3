package org.p2poolj.stratum.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.json.StratumRequest;

/**
 * {@code mining.subscribe([agent[, session]])}: gives the session its extranonce1 (kept on a
 * repeated subscribe) and answers {@code [[subscriptions], extranonce1, extranonce2_size]}.
 * Resuming an earlier session id is not supported; the params are ignored as in the reference.
 */
final class SubscribeHandler implements MethodHandler {
  @Override
  public List<Outgoing> handle(StratumRequest req, Session session, SessionContext ctx) {
    if (!session.isSubscribed()) {
      Optional<byte[]> xn1 = ctx.extranonces().allocate();
      if (xn1.isEmpty()) {
        return List.of(
            Outgoing.Response.error(req.id(), StratumError.other("No extranonce1 available")),
            new Outgoing.Close(DisconnectReason.NO_EXTRANONCE));
      }
      session.subscribed(xn1.get());
    }
    String subscriptionId = Long.toHexString(session.id());
    List<Object> result =
        List.of(
            List.of(
                List.of("mining.set_difficulty", subscriptionId),
                List.of("mining.notify", subscriptionId)),
            Hex.encode(session.extranonce1()),
            ctx.settings().extranonce2Size());
    List<Outgoing> out = new ArrayList<>(3);
    out.add(Outgoing.Response.ok(req.id(), result));
    out.addAll(WorkMessages.initial(session, ctx));
    return out;
  }
}
