package org.p2poolj.node.config;

/** {@code [coin]}: which coin and network the node serves. */
public record CoinConfig(String net) {
  public CoinConfig {
    Checks.oneOf("net", net, Network.ids());
  }

  public Network network() {
    return Network.byId(net).orElseThrow();
  }
}
