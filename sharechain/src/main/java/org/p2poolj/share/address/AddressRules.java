package org.p2poolj.share.address;

import org.p2poolj.coin.chain.ChainParams;

/**
 * The three parent-chain values p2pool's address code reads: {@code ADDRESS_VERSION}, the single
 * {@code ADDRESS_P2SH_VERSION} and {@code HUMAN_READABLE_PART}.
 */
public record AddressRules(int p2pkhVersion, int p2shVersion, String bech32Hrp) {

  /** p2pool knows one P2SH version per coin: the first (current) one of the chain parameters. */
  public static AddressRules of(ChainParams parent) {
    int p2sh = parent.p2shVersions().isEmpty() ? -1 : parent.p2shVersions().get(0);
    return new AddressRules(parent.p2pkhVersion(), p2sh, parent.bech32Hrp());
  }
}
