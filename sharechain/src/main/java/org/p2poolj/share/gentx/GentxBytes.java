package org.p2poolj.share.gentx;

import java.util.List;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.share.chain.GentxConstants;

/** Serializes the coinbase in the stripped (txid) and BIP144 witness forms. */
public final class GentxBytes {
  private GentxBytes() {}

  public static byte[] stripped(byte[] coinbaseScript, List<TxOut> outputs) {
    return write(coinbaseScript, outputs, false);
  }

  /** With marker, flag and the single 32-byte "[P2Pool]"x4 witness item. */
  public static byte[] withWitness(byte[] coinbaseScript, List<TxOut> outputs) {
    return write(coinbaseScript, outputs, true);
  }

  private static byte[] write(byte[] coinbase, List<TxOut> outputs, boolean witness) {
    ByteWriter w = new ByteWriter(64 + coinbase.length + outputs.size() * 40);
    w.u32le(1);
    if (witness) {
      w.u8(0).u8(1);
    }
    w.varInt(1).bytes(new byte[32]).u32le(0xffffffffL).varStr(coinbase).u32le(0xffffffffL);
    w.varInt(outputs.size());
    for (TxOut o : outputs) {
      o.writeTo(w);
    }
    if (witness) {
      w.varInt(1).varStr(GentxConstants.witnessReserved());
    }
    w.u32le(0);
    return w.toByteArray();
  }
}
