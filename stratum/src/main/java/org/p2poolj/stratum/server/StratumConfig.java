package org.p2poolj.stratum.server;

import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.session.SessionSettings;

/**
 * Server settings (the {@code [stratum]} config section).
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} in tests)
 * @param port the port; 0 picks a free one
 * @param maxSessions connections beyond this are closed at once
 * @param idleTimeoutMillis a session that sends nothing this long is closed
 * @param maxLineLength the longest accepted request line, in bytes
 * @param writeTimeoutMillis a write to a miner still blocked after this long (its socket buffer is
 *     full: it does not read) closes the session
 * @param tickMillis period of vardiff easing and job expiry
 * @param jobMaxAgeMillis how long a job accepts late submits (reference: 300 s)
 * @param maxJobs at most this many recent jobs are remembered
 * @param pow the chain's proof of work
 * @param session per-session rules
 */
public record StratumConfig(
    String bindAddress,
    int port,
    int maxSessions,
    long idleTimeoutMillis,
    int maxLineLength,
    long writeTimeoutMillis,
    long tickMillis,
    long jobMaxAgeMillis,
    int maxJobs,
    PowFunction pow,
    SessionSettings session) {
  public StratumConfig {
    if (port < 0 || port > 65535 || maxSessions < 1 || maxLineLength < 256) {
      throw new IllegalArgumentException("invalid port, session limit or line limit");
    }
    if (idleTimeoutMillis < 1 || writeTimeoutMillis < 1 || tickMillis < 1) {
      throw new IllegalArgumentException("invalid timeouts or tick");
    }
    if (jobMaxAgeMillis < 1 || maxJobs < 1) {
      throw new IllegalArgumentException("invalid job limits");
    }
  }

  /**
   * Loopback, a free port, 10,000 sessions, 10 min idle, 10 s write timeout, 16 KiB lines, 300 s
   * jobs.
   */
  public static StratumConfig defaults(PowFunction pow, SessionSettings session) {
    return new StratumConfig(
        "127.0.0.1", 0, 10_000, 600_000, 16 * 1024, 10_000, 1000, 300_000, 100_000, pow, session);
  }

  public StratumConfig withPort(int newPort) {
    return new StratumConfig(
        bindAddress,
        newPort,
        maxSessions,
        idleTimeoutMillis,
        maxLineLength,
        writeTimeoutMillis,
        tickMillis,
        jobMaxAgeMillis,
        maxJobs,
        pow,
        session);
  }

  public StratumConfig withLimits(int sessions, long idleMillis) {
    return new StratumConfig(
        bindAddress,
        port,
        sessions,
        idleMillis,
        maxLineLength,
        writeTimeoutMillis,
        tickMillis,
        jobMaxAgeMillis,
        maxJobs,
        pow,
        session);
  }
}
