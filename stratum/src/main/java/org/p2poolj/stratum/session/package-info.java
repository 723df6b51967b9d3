/**
 * One miner's Stratum session: its state ({@link org.p2poolj.stratum.session.Session}: extranonce1,
 * version mask, vardiff, workers, duplicate filter, misbehaviour and flood counters) and one
 * handler per method, each a function {@code (request, session, context) -> messages to send}. The
 * socket loop in the server package is a thin shell around {@link
 * org.p2poolj.stratum.session.SessionProtocol}, so everything here is tested without sockets.
 */
package org.p2poolj.stratum.session;
