package org.p2poolj.stratum.session;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumRequest;

/**
 * {@code mining.suggest_difficulty(d)}: the miner's starting difficulty (in Stratum units), clipped
 * to the vardiff range; ignored under a fixed {@code +diff}. Vardiff carries on from there.
 */
final class SuggestDifficultyHandler implements MethodHandler {
  @Override
  public List<Outgoing> handle(StratumRequest req, Session session, SessionContext ctx) {
    double d = Params.positiveNumber(req, 0, "difficulty");
    boolean changed = session.vardiff().suggest(ctx.settings().units().fromStratum(d), ctx.now());
    List<Outgoing> out = new ArrayList<>(3);
    out.add(Outgoing.Response.ok(req.id(), true));
    if (changed) {
      out.addAll(WorkMessages.refresh(session, ctx));
    }
    return out;
  }
}
