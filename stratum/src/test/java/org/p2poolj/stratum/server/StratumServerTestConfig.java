package org.p2poolj.stratum.server;

/** Shared server config for tests in other packages. */
public final class StratumServerTestConfig {
  private StratumServerTestConfig() {}

  /** Scrypt, regtest-easy vardiff range, 100 sessions, 60 s idle. */
  public static StratumConfig regtest() {
    return StratumServerTest.config(100, 60_000);
  }
}
