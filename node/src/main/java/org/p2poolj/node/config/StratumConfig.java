package org.p2poolj.node.config;

/**
 * {@code [stratum]}: the miners' port. {@code share_rate} is the target number of seconds between
 * pseudoshares per connection that vardiff steers towards.
 */
public record StratumConfig(String bind, int port, int maxSessions, double shareRate) {
  public StratumConfig {
    Checks.host("bind", bind);
    Checks.port("port", port);
    Checks.atLeast("max_sessions", maxSessions, 1);
    Checks.positive("share_rate", shareRate);
  }
}
