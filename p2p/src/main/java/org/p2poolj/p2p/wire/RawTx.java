package org.p2poolj.p2p.wire;

import java.util.Arrays;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;

/**
 * A transaction carried by {@code remember_tx}, kept as its exact wire bytes. Reading walks the
 * BIP144 structure only to find where the transaction ends, so re-encoding is byte-exact whatever
 * the transaction holds.
 */
public record RawTx(byte[] bytes) {
  public RawTx {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public static RawTx read(ByteReader r) {
    // Every field read is echoed into a writer, which yields the exact bytes without a backing
    // array.
    ByteWriter echo = new ByteWriter(256);
    echo.u32le(r.u32le()); // version
    long inputs = r.varInt();
    echo.varInt(inputs);
    boolean segwit = false;
    if (inputs == 0) {
      int flag = r.u8();
      if (flag == 0) {
        throw new ProtocolException("segwit transaction with a zero flag byte");
      }
      echo.u8(flag);
      segwit = true;
      inputs = count(r, echo, 41);
    } else {
      inputs = checkCount(r, inputs, 41);
    }
    for (long i = 0; i < inputs; i++) {
      echo.bytes(r.bytes(36));
      echo.varStr(varStr(r));
      echo.bytes(r.bytes(4));
    }
    long outputs = count(r, echo, 9);
    for (long i = 0; i < outputs; i++) {
      echo.bytes(r.bytes(8));
      echo.varStr(varStr(r));
    }
    if (segwit) {
      for (long i = 0; i < inputs; i++) {
        long items = count(r, echo, 1);
        for (long j = 0; j < items; j++) {
          echo.varStr(varStr(r));
        }
      }
    }
    echo.u32le(r.u32le()); // lock_time
    return new RawTx(echo.toByteArray());
  }

  private static long count(ByteReader r, ByteWriter echo, int minElementSize) {
    long n = checkCount(r, r.varInt(), minElementSize);
    echo.varInt(n);
    return n;
  }

  private static long checkCount(ByteReader r, long n, int minElementSize) {
    if (n < 0 || n > r.remaining() / minElementSize) {
      throw new ProtocolException(
          "transaction list count " + Long.toUnsignedString(n) + " too big");
    }
    return n;
  }

  private static byte[] varStr(ByteReader r) {
    return r.varStr(r.remaining());
  }

  public void write(ByteWriter w) {
    w.bytes(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawTx t && Arrays.equals(t.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
