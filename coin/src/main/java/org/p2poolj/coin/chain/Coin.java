package org.p2poolj.coin.chain;

/** The coin families p2poolj supports. */
public enum Coin {
  LITECOIN,
  BITCOIN
}
