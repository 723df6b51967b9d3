package org.p2poolj.daemon.block;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;
import org.p2poolj.coin.tx.TxOut;

/** Builds the coinbase transaction of a block. Pure. */
public final class CoinbaseBuilder {
  private CoinbaseBuilder() {}

  /**
   * The coinbase: one null-prevout input whose scriptSig is the BIP34 height push, the template's
   * coinbase flags and the caller's data; the payouts; and, when segwit is active, the witness
   * commitment as the last output with the reserved value as the input's witness.
   *
   * @param witnessCommitmentScript the commitment output script, or null without segwit
   */
  public static Transaction build(
      long height, byte[] coinbaseFlags, CoinbaseRequest request, byte[] witnessCommitmentScript) {
    byte[] scriptSig =
        new ByteWriter(64)
            .bytes(Scripts.bip34Height(height))
            .bytes(coinbaseFlags)
            .bytes(request.scriptSigData())
            .toByteArray();
    if (scriptSig.length < CoinbaseRequest.MIN_SCRIPT_SIG
        || scriptSig.length > CoinbaseRequest.MAX_SCRIPT_SIG) {
      throw new IllegalArgumentException(
          "coinbase scriptSig must be 2..100 bytes, got " + scriptSig.length);
    }
    TxIn in = new TxIn(Hash256.ZERO, TxIn.COINBASE_INDEX, scriptSig, TxIn.FINAL_SEQUENCE);
    List<TxOut> outputs = new ArrayList<>(request.payouts());
    if (witnessCommitmentScript == null) {
      return Transaction.of(1, List.of(in), outputs, 0);
    }
    outputs.add(new TxOut(0, witnessCommitmentScript));
    return new Transaction(1, List.of(in), outputs, List.of(List.of(request.witnessReserved())), 0);
  }
}
