package org.p2poolj.share.gentx;

import org.p2poolj.coin.codec.ByteWriter;

/** A coinbase output; {@code value} is an unsigned u64 held in a long. */
public record TxOut(long value, byte[] script) {
  public TxOut {
    script = script.clone();
  }

  @Override
  public byte[] script() {
    return script.clone();
  }

  /** Serializes {@code value || VarStr(script)} without copying the script. */
  public void writeTo(ByteWriter w) {
    w.u64le(value).varStr(script);
  }
}
