package org.p2poolj.stratum.session;

import org.p2poolj.stratum.vardiff.DifficultyUnits;
import org.p2poolj.stratum.vardiff.VardiffConfig;

/**
 * The per-session rules.
 *
 * @param extranonce1Size bytes of extranonce1 (1..4); extranonce2 gets the rest of the 8
 * @param poolVersionMask the version bits the pool lets miners roll (BIP310; 0x1fffe000)
 * @param units Stratum difficulty scaling of the chain
 * @param vardiff vardiff tuning
 * @param garbageLimit malformed lines, unknown methods or bad params before the session is closed
 * @param floodLinesPerSecond sustained lines per second a session may send
 * @param floodBurst lines a session may send in a burst above the sustained rate
 * @param maxWorkersPerSession distinct usernames one session may authorize
 */
public record SessionSettings(
    int extranonce1Size,
    long poolVersionMask,
    DifficultyUnits units,
    VardiffConfig vardiff,
    int garbageLimit,
    double floodLinesPerSecond,
    int floodBurst,
    int maxWorkersPerSession) {
  public static final long DEFAULT_VERSION_MASK = 0x1fffe000L;

  public SessionSettings {
    if (extranonce1Size < 1 || extranonce1Size > 4) {
      throw new IllegalArgumentException("extranonce1Size must be 1..4: " + extranonce1Size);
    }
    if (garbageLimit < 1 || !(floodLinesPerSecond > 0) || floodBurst < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxWorkersPerSession < 1) {
      throw new IllegalArgumentException("maxWorkersPerSession must be positive");
    }
  }

  public static SessionSettings defaults(DifficultyUnits units, VardiffConfig vardiff) {
    return new SessionSettings(4, DEFAULT_VERSION_MASK, units, vardiff, 10, 50, 500, 16);
  }

  public int extranonce2Size() {
    return 8 - extranonce1Size;
  }

  public SessionSettings withExtranonce1Size(int size) {
    return new SessionSettings(
        size,
        poolVersionMask,
        units,
        vardiff,
        garbageLimit,
        floodLinesPerSecond,
        floodBurst,
        maxWorkersPerSession);
  }
}
