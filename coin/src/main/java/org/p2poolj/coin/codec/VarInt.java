package org.p2poolj.coin.codec;

/** Bitcoin CompactSize helpers; the value is treated as an unsigned 64-bit integer. */
public final class VarInt {
  private VarInt() {}

  /** Encoded size in bytes of {@code value} (unsigned). */
  public static int size(long value) {
    if (Long.compareUnsigned(value, 0xfdL) < 0) {
      return 1;
    }
    if (Long.compareUnsigned(value, 0xffffL) <= 0) {
      return 3;
    }
    if (Long.compareUnsigned(value, 0xffffffffL) <= 0) {
      return 5;
    }
    return 9;
  }
}
