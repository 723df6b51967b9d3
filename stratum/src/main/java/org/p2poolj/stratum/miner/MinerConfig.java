package org.p2poolj.stratum.miner;

import java.time.Duration;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.vardiff.DifficultyUnits;

/**
 * @param threads hashing threads
 * @param maxRuntime the miner stops after this long
 * @param maxAccepted stop after this many accepted submits (0: no limit)
 * @param versionRolling ask for BIP310 version rolling and roll the granted bits
 * @param units the chain's Stratum difficulty scaling, to turn set_difficulty into a target
 */
public record MinerConfig(
    String host,
    int port,
    String username,
    String password,
    int threads,
    Duration maxRuntime,
    long maxAccepted,
    boolean versionRolling,
    DifficultyUnits units,
    PowFunction pow) {
  public MinerConfig {
    if (threads < 1 || maxRuntime.isNegative() || maxRuntime.isZero() || maxAccepted < 0) {
      throw new IllegalArgumentException("need threads >= 1, a positive runtime, maxAccepted >= 0");
    }
  }

  /**
   * A miner for a node on this machine (127.0.0.1, password "x", no accepted-submit limit), with
   * the chain's proof of work and difficulty scaling.
   */
  public static MinerConfig loopback(
      ChainParams chain,
      int port,
      String username,
      int threads,
      Duration maxRuntime,
      boolean versionRolling) {
    return new MinerConfig(
        "127.0.0.1",
        port,
        username,
        "x",
        threads,
        maxRuntime,
        0,
        versionRolling,
        new DifficultyUnits(chain.dumbScryptDiff()),
        chain.pow());
  }
}
