package org.p2poolj.stratum.json;

/** Why the server ended a session; counted per reason for the operator. */
public enum DisconnectReason {
  /** The miner closed the connection or the socket failed. */
  CLOSED_BY_PEER,
  /** No line from the miner within the idle timeout. */
  IDLE_TIMEOUT,
  /** Too many malformed lines, unknown methods or invalid requests. */
  GARBAGE,
  /** More lines per second than the flood limit allows. */
  FLOOD,
  /** A line longer than the line limit. */
  LINE_TOO_LONG,
  /** A write to the miner stayed blocked past the write timeout: it does not read. */
  SLOW_CONSUMER,
  /** The server is at its session limit. */
  TOO_MANY_SESSIONS,
  /** No extranonce1 is left to give this session. */
  NO_EXTRANONCE,
  /** The server is stopping. */
  SHUTDOWN,
  /** An unexpected error while handling the session (logged); the session is closed. */
  SERVER_ERROR
}
