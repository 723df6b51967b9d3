package org.p2poolj.node.config;

/** {@code [web]}: the HTTP API, dashboard and metrics endpoint. */
public record WebConfig(String bind, int port) {
  public WebConfig {
    Checks.host("bind", bind);
    Checks.port("port", port);
  }
}
