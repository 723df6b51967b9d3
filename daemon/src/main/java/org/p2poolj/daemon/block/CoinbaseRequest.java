package org.p2poolj.daemon.block;

import java.util.List;
import org.p2poolj.coin.tx.TxOut;

/**
 * What the caller wants in the coinbase.
 *
 * @param payouts the outputs, in order; their sum may not exceed what the block may claim
 * @param scriptSigData bytes after the BIP34 height push (pool tag, extranonces)
 * @param witnessReserved the 32-byte witness reserved value (usually zeros)
 */
public record CoinbaseRequest(List<TxOut> payouts, byte[] scriptSigData, byte[] witnessReserved) {
  /** Coinbase scriptSig length bounds (consensus: 2..100 bytes). */
  public static final int MIN_SCRIPT_SIG = 2;

  public static final int MAX_SCRIPT_SIG = 100;

  public CoinbaseRequest {
    payouts = List.copyOf(payouts);
    scriptSigData = scriptSigData.clone();
    witnessReserved = witnessReserved.clone();
    if (witnessReserved.length != 32) {
      throw new IllegalArgumentException("witness reserved value must be 32 bytes");
    }
    if (payouts.isEmpty()) {
      throw new IllegalArgumentException("a coinbase needs at least one payout output");
    }
  }

  public CoinbaseRequest(List<TxOut> payouts, byte[] scriptSigData) {
    this(payouts, scriptSigData, WitnessCommitment.ZERO_RESERVED);
  }

  @Override
  public byte[] scriptSigData() {
    return scriptSigData.clone();
  }

  @Override
  public byte[] witnessReserved() {
    return witnessReserved.clone();
  }

  public long total() {
    return payouts.stream().mapToLong(TxOut::value).sum();
  }
}
