package org.p2poolj.stratum.session;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.json.StratumRequest;
import org.p2poolj.stratum.username.PayoutResolver.Resolution;
import org.p2poolj.stratum.username.ResolvedWorker;

/**
 * {@code mining.authorize(user, password)}: parses the username (the password is ignored), refuses
 * an invalid address or pays the node instead according to the policy, fixes the pseudoshare
 * difficulty for {@code +diff}, and sends the first job once subscribed.
 */
final class AuthorizeHandler implements MethodHandler {
  @Override
  public List<Outgoing> handle(StratumRequest req, Session session, SessionContext ctx) {
    String user = Params.string(req, 0, "username");
    if (session.worker(user) == null
        && session.workerCount() >= ctx.settings().maxWorkersPerSession()) {
      return List.of(
          Outgoing.Response.error(
              req.id(),
              new StratumError(StratumError.UNAUTHORIZED, "Too many workers on one connection")));
    }
    return switch (ctx.payouts().resolve(user)) {
      case Resolution.Refused r ->
          List.of(
              Outgoing.Response.error(
                  req.id(), new StratumError(StratumError.UNAUTHORIZED, r.message())));
      case Resolution.Accepted a -> accept(req, session, ctx, user, a.worker());
    };
  }

  private static List<Outgoing> accept(
      StratumRequest req, Session session, SessionContext ctx, String user, ResolvedWorker w) {
    boolean first = session.primaryWorker() == null;
    session.authorize(user, w);
    if (first && w.username().pseudoshareDifficulty().isPresent()) {
      double d = w.username().pseudoshareDifficulty().getAsDouble();
      session.vardiff().fix(Difficulty.difficultyToTarget(d), ctx.now());
    }
    List<Outgoing> out = new ArrayList<>(3);
    out.add(Outgoing.Response.ok(req.id(), true));
    if (first) {
      out.addAll(WorkMessages.initial(session, ctx));
    }
    return out;
  }
}
