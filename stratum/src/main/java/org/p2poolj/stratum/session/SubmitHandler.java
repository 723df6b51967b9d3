package org.p2poolj.stratum.session;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.json.StratumRequest;
import org.p2poolj.stratum.submit.RejectReason;
import org.p2poolj.stratum.submit.SubmitRequest;
import org.p2poolj.stratum.submit.SubmitResult;
import org.p2poolj.stratum.submit.Submitter;
import org.p2poolj.stratum.username.ResolvedWorker;

/**
 * {@code mining.submit(worker, job_id, extranonce2, ntime, nonce[, version_bits])}. Answers {@code
 * true} for an accepted pseudoshare (or better) and a standard error otherwise; feeds the worker's
 * stats and vardiff, and resends the job with the new difficulty when vardiff retargets.
 */
final class SubmitHandler implements MethodHandler {
  @Override
  public List<Outgoing> handle(StratumRequest req, Session session, SessionContext ctx) {
    if (req.params().size() < 5) {
      throw new InvalidParamsException(
          "expected [worker, job_id, extranonce2, ntime, nonce(, version_bits)]");
    }
    SubmitRequest submit =
        new SubmitRequest(
            Params.string(req, 0, "worker"),
            Params.string(req, 1, "job_id"),
            Params.string(req, 2, "extranonce2"),
            Params.string(req, 3, "ntime"),
            Params.string(req, 4, "nonce"),
            Params.optionalString(req, 5, "version_bits"));
    if (!session.isSubscribed()) {
      return error(req, new StratumError(StratumError.NOT_SUBSCRIBED, "Not subscribed"));
    }
    ResolvedWorker worker = session.worker(submit.workerName());
    if (worker == null) {
      return error(req, new StratumError(StratumError.UNAUTHORIZED, "Unauthorized worker"));
    }
    long now = ctx.now();
    Submitter who =
        new Submitter(
            session.id(),
            session.extranonce1(),
            ctx.settings().extranonce2Size(),
            session.versionMask(),
            session.vardiff().acceptTarget(now),
            worker);
    SubmitResult result = ctx.submits().process(who, submit, session.duplicates(), now);
    return switch (result) {
      case SubmitResult.Rejected r -> {
        ctx.stats().rejected(worker.statsKey(), now, r.reason() == RejectReason.STALE_JOB);
        yield error(req, r.error());
      }
      case SubmitResult.Accepted a -> {
        var s = a.submission();
        ctx.stats()
            .accepted(
                worker.statsKey(),
                now,
                Difficulty.averageAttempts(a.creditedTarget()).doubleValue(),
                s.meetsShare(),
                s.meetsBlock(),
                worker.payoutAddress());
        List<Outgoing> out = new ArrayList<>(3);
        out.add(Outgoing.Response.ok(req.id(), true));
        if (session.vardiff().onPseudoshare(now, s.job().shareTarget())) {
          out.addAll(WorkMessages.refresh(session, ctx));
        }
        yield out;
      }
    };
  }

  private static List<Outgoing> error(StratumRequest req, StratumError error) {
    return List.of(Outgoing.Response.error(req.id(), error));
  }
}
