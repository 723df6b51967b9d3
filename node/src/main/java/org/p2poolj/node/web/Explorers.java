package org.p2poolj.node.web;

import java.util.List;
import java.util.Map;

/**
 * Block, address and transaction explorer URL prefixes for {@code /web/currency_info}, as the
 * reference's network definitions give them for the main networks; test and regtest chains have
 * none (the dashboard then shows plain hashes).
 */
final class Explorers {
  private static final Map<String, List<String>> PREFIXES =
      Map.of(
          "litecoin",
          List.of(
              "https://chainz.cryptoid.info/ltc/block.dws?",
              "https://chainz.cryptoid.info/ltc/address.dws?",
              "https://chainz.cryptoid.info/ltc/tx.dws?"),
          "bitcoin",
          List.of(
              "https://blockchain.info/block/",
              "https://blockchain.info/address/",
              "https://blockchain.info/tx/"));

  private Explorers() {}

  /** Block, address and transaction prefixes for a chain name, empty strings when unknown. */
  static List<String> of(String chainName) {
    return PREFIXES.getOrDefault(chainName, List.of("", "", ""));
  }
}
