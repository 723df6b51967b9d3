package org.p2poolj.coin.chain;

/** The coin families p2poolj supports. */
public enum Coin {
  LITECOIN(840_000),
  BITCOIN(210_000);

  private static final long INITIAL_SUBSIDY = 50_0000_0000L;

  private final int halvingInterval;

  Coin(int halvingInterval) {
    this.halvingInterval = halvingInterval;
  }

  /**
   * p2pool's {@code SUBSIDY_FUNC}: {@code 50e8 >> (height+1) // interval}. It is off by one (it
   * halves a block early) and that is kept, because v17-v33 shares were judged "naughty" with it;
   * it is not the coin's real subsidy (real work takes GBT's {@code coinbasevalue}).
   */
  public long p2poolSubsidy(long height) {
    if (height < 0) {
      throw new IllegalArgumentException("negative block height " + height);
    }
    long halvings = (height + 1) / halvingInterval;
    return halvings >= 63 ? 0 : INITIAL_SUBSIDY >> halvings;
  }
}
