package org.p2poolj.stratum.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.MalformedLineException;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumError;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.stratum.json.StratumRequest;

/**
 * Everything that can happen to a session, as functions returning the messages to send: a line from
 * the miner, a new job, a periodic tick. Flooding closes the session at once; malformed lines,
 * unknown methods and bad params are answered with a JSON-RPC error and counted, and the session is
 * closed when the count reaches the garbage limit. Callers hold the session's lock.
 */
public final class SessionProtocol {
  private final Map<String, MethodHandler> handlers;

  public SessionProtocol(Map<String, MethodHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  /** The Stratum v1 methods this server answers. */
  public static SessionProtocol standard() {
    return new SessionProtocol(
        Map.of(
            "mining.subscribe", new SubscribeHandler(),
            "mining.authorize", new AuthorizeHandler(),
            "mining.configure", new ConfigureHandler(),
            "mining.suggest_difficulty", new SuggestDifficultyHandler(),
            "mining.extranonce.subscribe", SimpleHandlers.EXTRANONCE_SUBSCRIBE,
            "mining.submit", new SubmitHandler(),
            "mining.ping", SimpleHandlers.PING));
  }

  public List<Outgoing> onLine(String line, Session session, SessionContext ctx) {
    if (!session.flood().tryAcquire(ctx.now())) {
      return List.of(new Outgoing.Close(DisconnectReason.FLOOD));
    }
    if (line.isBlank()) {
      return List.of();
    }
    Optional<StratumRequest> parsed;
    try {
      parsed = StratumJson.parseRequest(line);
    } catch (MalformedLineException e) {
      return garbage(session, ctx, Outgoing.Response.error(null, e.error()));
    }
    if (parsed.isEmpty()) {
      return List.of();
    }
    StratumRequest req = parsed.get();
    MethodHandler handler = handlers.get(req.method());
    if (handler == null) {
      StratumError error =
          new StratumError(
              StratumError.METHOD_NOT_FOUND, "Method not found: " + truncate(req.method()));
      return garbage(session, ctx, Outgoing.Response.error(req.id(), error));
    }
    try {
      List<Outgoing> out = handler.handle(req, session, ctx);
      session.goodLine();
      return out;
    } catch (InvalidParamsException e) {
      return garbage(
          session,
          ctx,
          Outgoing.Response.error(req.id(), StratumError.invalidParams(e.getMessage())));
    }
  }

  /** Sends a new job to a ready session. */
  public List<Outgoing> onJob(Session session, StratumJob job, SessionContext ctx) {
    if (!session.isReady()) {
      return List.of();
    }
    return WorkMessages.forJob(session, job, ctx, false);
  }

  /** Periodic: lets vardiff ease the difficulty of a session that finds nothing. */
  public List<Outgoing> onTick(Session session, SessionContext ctx) {
    if (session.isReady() && session.vardiff().onIdle(ctx.now())) {
      return WorkMessages.refresh(session, ctx);
    }
    return List.of();
  }

  private static List<Outgoing> garbage(Session session, SessionContext ctx, Outgoing answer) {
    if (session.misbehave() >= ctx.settings().garbageLimit()) {
      List<Outgoing> out = new ArrayList<>(2);
      out.add(answer);
      out.add(new Outgoing.Close(DisconnectReason.GARBAGE));
      return out;
    }
    return List.of(answer);
  }

  private static String truncate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "...";
  }
}
