package org.p2poolj.coin.hash;

import java.math.BigInteger;
import java.util.Arrays;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;

/**
 * A 256-bit hash held in internal (wire, little-endian) byte order. {@link #toHex()} gives the
 * big-endian "explorer" rendering, which is also how p2pool prints the integer. Ordered by integer
 * value, as p2pool compares hashes with targets.
 */
public final class Hash256 implements Comparable<Hash256> {
  public static final Hash256 ZERO = new Hash256(new byte[32]);

  private final byte[] le;

  private Hash256(byte[] le) {
    this.le = le;
  }

  /** Copies 32 bytes in wire (little-endian) order. */
  public static Hash256 wrap(byte[] le32) {
    if (le32.length != 32) {
      throw new IllegalArgumentException("a Hash256 needs 32 bytes, got " + le32.length);
    }
    return new Hash256(le32.clone());
  }

  /** Takes ownership of a fresh 32-byte array; only for arrays nobody else holds. */
  static Hash256 own(byte[] le32) {
    return new Hash256(le32);
  }

  /** Copies 32 bytes starting at {@code off}, in wire order. */
  public static Hash256 wrap(byte[] buf, int off) {
    return new Hash256(Arrays.copyOfRange(buf, off, off + 32));
  }

  /** Parses 64 hex digits in big-endian (explorer) order. */
  public static Hash256 fromHex(String bigEndianHex) {
    if (bigEndianHex.length() != 64) {
      throw new IllegalArgumentException(
          "a Hash256 needs 64 hex digits, got " + bigEndianHex.length());
    }
    byte[] be = Hex.decode(bigEndianHex);
    return new Hash256(reverse(be));
  }

  /** From an integer in {@code [0, 2^256)}. */
  public static Hash256 fromBigInteger(BigInteger v) {
    if (v.signum() < 0 || v.bitLength() > 256) {
      throw new IllegalArgumentException("value out of range for a Hash256: " + v.toString(16));
    }
    byte[] be = v.toByteArray();
    byte[] le = new byte[32];
    for (int i = 0; i < 32 && i < be.length; i++) {
      le[i] = be[be.length - 1 - i];
    }
    return new Hash256(le);
  }

  private static byte[] reverse(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return r;
  }

  /** Big-endian hex, 64 digits. */
  public String toHex() {
    return Hex.encode(reverse(le));
  }

  public byte[] toLittleEndianBytes() {
    return le.clone();
  }

  /** Copies the 32 wire-order bytes into {@code dst} at {@code off}. */
  public void copyTo(byte[] dst, int off) {
    System.arraycopy(le, 0, dst, off, 32);
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, reverse(le));
  }

  public boolean isZero() {
    for (byte b : le) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  public void writeTo(ByteWriter w) {
    w.bytes(le);
  }

  @Override
  public int compareTo(Hash256 o) {
    for (int i = 31; i >= 0; i--) {
      int c = Integer.compare(le[i] & 0xff, o.le[i] & 0xff);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash256 h && Arrays.equals(le, h.le);
  }

  @Override
  public int hashCode() {
    // The bytes are already uniformly distributed for real hashes.
    return (le[0] & 0xff) | (le[1] & 0xff) << 8 | (le[2] & 0xff) << 16 | (le[3] & 0xff) << 24;
  }

  @Override
  public String toString() {
    return toHex();
  }
}
