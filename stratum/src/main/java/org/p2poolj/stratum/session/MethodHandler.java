package org.p2poolj.stratum.session;

import java.util.List;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumRequest;

/** One Stratum method: the messages to send in answer, in order. */
@FunctionalInterface
public interface MethodHandler {
  /**
   * @throws InvalidParamsException when the params do not fit the method
   */
  List<Outgoing> handle(StratumRequest request, Session session, SessionContext context);
}
