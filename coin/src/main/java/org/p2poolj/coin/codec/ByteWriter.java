package org.p2poolj.coin.codec;

import java.math.BigInteger;
import java.util.Arrays;
import org.p2poolj.coin.hash.Hash256;

/** A growable little-endian byte sink with a fluent API. Not thread-safe. */
public final class ByteWriter {
  private byte[] buf;
  private int size;

  public ByteWriter() {
    this(64);
  }

  public ByteWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  private void ensure(int extra) {
    int needed = size + extra;
    if (needed < 0) {
      throw new IllegalStateException("ByteWriter overflow");
    }
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(needed, buf.length * 2));
    }
  }

  public ByteWriter u8(int v) {
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  public ByteWriter u16le(int v) {
    ensure(2);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >>> 8);
    return this;
  }

  public ByteWriter u16be(int v) {
    ensure(2);
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) v;
    return this;
  }

  /** Writes the low 32 bits of {@code v}. */
  public ByteWriter u32le(long v) {
    ensure(4);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >>> 8);
    buf[size++] = (byte) (v >>> 16);
    buf[size++] = (byte) (v >>> 24);
    return this;
  }

  public ByteWriter u64le(long v) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /**
   * An unsigned little-endian integer of {@code nBytes} bytes.
   *
   * @throws IllegalArgumentException when {@code v} is negative or does not fit
   */
  public ByteWriter uintLE(BigInteger v, int nBytes) {
    if (v.signum() < 0 || v.bitLength() > 8 * nBytes) {
      throw new IllegalArgumentException(
          "value " + v.toString(16) + " does not fit in " + nBytes + " unsigned byte(s)");
    }
    ensure(nBytes);
    byte[] be = v.toByteArray();
    for (int i = 0; i < nBytes; i++) {
      int src = be.length - 1 - i;
      buf[size + i] = src >= 0 ? be[src] : 0;
    }
    size += nBytes;
    return this;
  }

  public ByteWriter bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  public ByteWriter bytes(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
    return this;
  }

  /** CompactSize; {@code v} is treated as unsigned. */
  public ByteWriter varInt(long v) {
    if (Long.compareUnsigned(v, 0xfdL) < 0) {
      return u8((int) v);
    }
    if (Long.compareUnsigned(v, 0xffffL) <= 0) {
      return u8(0xfd).u16le((int) v);
    }
    if (Long.compareUnsigned(v, 0xffffffffL) <= 0) {
      return u8(0xfe).u32le(v);
    }
    return u8(0xff).u64le(v);
  }

  public ByteWriter varStr(byte[] b) {
    return varInt(b.length).bytes(b);
  }

  public ByteWriter hash256(Hash256 h) {
    h.writeTo(this);
    return this;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  public int size() {
    return size;
  }
}
