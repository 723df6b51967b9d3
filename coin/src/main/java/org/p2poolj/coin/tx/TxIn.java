package org.p2poolj.coin.tx;

import java.util.Arrays;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

/** A transaction input. {@code prevIndex} and {@code sequence} are unsigned 32-bit values. */
public record TxIn(Hash256 prevTxid, long prevIndex, byte[] scriptSig, long sequence) {
  /** The sequence that disables relative lock-time and replacement. */
  public static final long FINAL_SEQUENCE = 0xffffffffL;

  /** The coinbase's outpoint index. */
  public static final long COINBASE_INDEX = 0xffffffffL;

  public TxIn {
    if (prevTxid == null) {
      throw new IllegalArgumentException("prevTxid must not be null");
    }
    Transaction.checkU32("prevIndex", prevIndex);
    Transaction.checkU32("sequence", sequence);
    scriptSig = scriptSig.clone();
  }

  /** A copy of the script; records expose arrays, but these stay immutable. */
  @Override
  public byte[] scriptSig() {
    return scriptSig.clone();
  }

  public boolean isCoinbase() {
    return prevTxid.isZero() && prevIndex == COINBASE_INDEX;
  }

  void write(ByteWriter w) {
    w.hash256(prevTxid).u32le(prevIndex).varStr(scriptSig).u32le(sequence);
  }

  static TxIn read(ByteReader r) {
    return new TxIn(r.hash256(), r.u32le(), r.varStr(), r.u32le());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TxIn t
        && prevTxid.equals(t.prevTxid)
        && prevIndex == t.prevIndex
        && sequence == t.sequence
        && Arrays.equals(scriptSig, t.scriptSig);
  }

  @Override
  public int hashCode() {
    return prevTxid.hashCode() * 31 + Arrays.hashCode(scriptSig) + Long.hashCode(prevIndex);
  }

  @Override
  public String toString() {
    return "TxIn["
        + prevTxid
        + ":"
        + prevIndex
        + ", scriptSig="
        + Hex.encode(scriptSig)
        + ", sequence="
        + sequence
        + "]";
  }
}
