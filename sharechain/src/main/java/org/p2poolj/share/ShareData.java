package org.p2poolj.share;

import org.p2poolj.coin.hash.Hash256;

/**
 * The miner-chosen part of {@code share_info}. {@code previousShareHash} null means a genesis
 * share. {@code subsidy} is an unsigned u64 held in a long; {@code staleInfo} is the raw enum byte
 * (0 none, 253 orphan, 254 doa, anything else "unk").
 */
public record ShareData(
    Hash256 previousShareHash,
    byte[] coinbase,
    long nonce,
    Payee payee,
    long subsidy,
    int donation,
    int staleInfo,
    long desiredVersion) {

  public ShareData {
    coinbase = coinbase.clone();
  }

  @Override
  public byte[] coinbase() {
    return coinbase.clone();
  }

  public int coinbaseLength() {
    return coinbase.length;
  }

  public ShareData withPreviousShareHash(Hash256 prev) {
    return new ShareData(
        prev, coinbase, nonce, payee, subsidy, donation, staleInfo, desiredVersion);
  }
}
