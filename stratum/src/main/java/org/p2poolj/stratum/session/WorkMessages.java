package org.p2poolj.stratum.session;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.Outgoing;

/** The messages that give a session a job: {@code set_difficulty} when it changed, then notify. */
public final class WorkMessages {
  private WorkMessages() {}

  /**
   * @param renotify resend with {@code clean_jobs=false} (after a difficulty change) instead of the
   *     job's own flag
   */
  public static List<Outgoing> forJob(
      Session session, StratumJob job, SessionContext context, boolean renotify) {
    List<Outgoing> out = new ArrayList<>(2);
    BigInteger target = session.vardiff().target().max(job.shareTarget());
    if (!target.equals(session.sentTarget())) {
      session.sentTarget(target);
      out.add(setDifficulty(context.settings().units().toStratum(target)));
    }
    out.add(renotify ? job.renotifyMessage() : job.notifyMessage());
    session.currentJob(job);
    return out;
  }

  /** The current job again (new difficulty), if the session has one. */
  static List<Outgoing> refresh(Session session, SessionContext context) {
    StratumJob job = session.currentJob();
    return job == null ? List.of() : forJob(session, job, context, true);
  }

  /** The session's first job, if work exists. */
  static List<Outgoing> initial(Session session, SessionContext context) {
    if (!session.isReady()) {
      return List.of();
    }
    return context
        .jobs()
        .currentJob(session.workRequest())
        .map(job -> forJob(session, job, context, false))
        .orElse(List.of());
  }

  public static Outgoing setDifficulty(double difficulty) {
    return new Outgoing.Notification("mining.set_difficulty", List.of(difficulty));
  }
}
