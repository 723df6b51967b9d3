package org.p2poolj.coin.block;

import java.math.BigInteger;

/**
 * Compact "bits" encoding of a target with p2pool's FloatingInteger semantics (spec §2): no sign
 * bit and no overflow handling on decode, and an encoder that truncates (never rounds up). Shares
 * must carry exactly the bits {@link #fromTargetUpperBound} produces, or peers reject them.
 */
public final class CompactTarget {
  private CompactTarget() {}

  /** {@code (bits & 0xffffff) << 8*(exponent-3)}, shifting right for exponents below 3. */
  public static BigInteger decode(long bits) {
    int exponent = (int) ((bits >>> 24) & 0xff);
    BigInteger mantissa = BigInteger.valueOf(bits & 0x00ffffffL);
    return exponent >= 3
        ? mantissa.shiftLeft(8 * (exponent - 3))
        : mantissa.shiftRight(8 * (3 - exponent));
  }

  /** The largest compactly representable value not above {@code target}, as p2pool encodes it. */
  public static long fromTargetUpperBound(BigInteger target) {
    if (target.signum() < 0) {
      throw new IllegalArgumentException("negative target " + target);
    }
    byte[] n = minimalBigEndian(target);
    if (n.length > 0 && (n[0] & 0xff) >= 0x80) {
      byte[] padded = new byte[n.length + 1];
      System.arraycopy(n, 0, padded, 1, n.length);
      n = padded;
    }
    if (n.length > 0xff) {
      throw new IllegalArgumentException("target too large for compact encoding");
    }
    long bits = (long) n.length << 24;
    for (int i = 0; i < 3; i++) {
      int b = i < n.length ? n[i] & 0xff : 0;
      bits |= (long) b << (8 * (2 - i));
    }
    return bits;
  }

  private static byte[] minimalBigEndian(BigInteger v) {
    if (v.signum() == 0) {
      return new byte[0];
    }
    byte[] b = v.toByteArray();
    if (b[0] == 0) {
      byte[] trimmed = new byte[b.length - 1];
      System.arraycopy(b, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return b;
  }
}
