package org.p2poolj.coin.tx;

import java.util.Arrays;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;

/** A transaction output: value in base units (raw u64 bits) and the locking script. */
public record TxOut(long value, byte[] script) {
  public TxOut {
    script = script.clone();
  }

  @Override
  public byte[] script() {
    return script.clone();
  }

  void write(ByteWriter w) {
    w.u64le(value).varStr(script);
  }

  static TxOut read(ByteReader r) {
    return new TxOut(r.u64le(), r.varStr());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TxOut t && value == t.value && Arrays.equals(script, t.script);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 31 + Arrays.hashCode(script);
  }

  @Override
  public String toString() {
    return "TxOut[" + value + ", " + Hex.encode(script) + "]";
  }
}
