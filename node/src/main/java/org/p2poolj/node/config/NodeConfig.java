package org.p2poolj.node.config;

import java.nio.file.Path;

/**
 * {@code [node]}: the operator's own settings. An empty {@code payout_address} is allowed until the
 * node starts mining; {@code fee_percent} of shares mined to other addresses pay the operator,
 * {@code donation_percent} of the block reward goes to the p2pool donation script.
 */
public record NodeConfig(
    String datadir,
    String payoutAddress,
    double feePercent,
    double donationPercent,
    String coinbaseText) {
  /** Longest coinbase text; the coinbase script also carries the height and pool data. */
  public static final int MAX_COINBASE_TEXT_BYTES = 40;

  public NodeConfig {
    Checks.present("datadir", datadir);
    if (datadir.isBlank()) {
      throw new BadValueException("datadir", "must not be empty");
    }
    Checks.addressOrEmpty("payout_address", payoutAddress);
    Checks.percent("fee_percent", feePercent);
    Checks.percent("donation_percent", donationPercent);
    if (feePercent + donationPercent > 100) {
      throw new BadValueException("donation_percent", "fee_percent + donation_percent exceed 100");
    }
    Checks.maxBytes("coinbase_text", coinbaseText, MAX_COINBASE_TEXT_BYTES);
  }

  public Path datadirPath() {
    return Path.of(datadir);
  }
}
