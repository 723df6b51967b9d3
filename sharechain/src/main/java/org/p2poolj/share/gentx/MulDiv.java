package org.p2poolj.share.gentx;

import java.math.BigInteger;

/**
 * Exact {@code floor(a * b / d)} for non-negative operands, in 128-bit long arithmetic when they
 * fit (Hacker's Delight "divlu"), else with BigInteger. The payout split does this once per payee
 * per share; BigInteger division dominated the cost of a share with hundreds of payees.
 */
final class MulDiv {
  private static final long B = 1L << 32;
  private static final long MASK = 0xffffffffL;

  private MulDiv() {}

  static BigInteger floor(BigInteger a, BigInteger b, BigInteger d) {
    if (a.bitLength() < 63 && b.bitLength() < 63 && d.bitLength() < 63 && d.signum() > 0) {
      long q = floor(a.longValue(), b.longValue(), d.longValue());
      if (q >= 0) {
        return BigInteger.valueOf(q);
      }
    }
    return a.multiply(b).divide(d);
  }

  /** Quotient for {@code 0 <= a, b < 2^63}, {@code 0 < d < 2^63}; -1 if it would not fit. */
  static long floor(long a, long b, long d) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if (Long.compareUnsigned(hi, d) >= 0) {
      return -1;
    }
    long q = divlu(hi, lo, d);
    return q < 0 ? -1 : q;
  }

  /** Unsigned (u1:u0) / v for u1 < v (unsigned), by two 64/32-bit steps with normalisation. */
  static long divlu(long u1, long u0, long v) {
    int s = Long.numberOfLeadingZeros(v);
    v <<= s;
    long vn1 = v >>> 32;
    long vn0 = v & MASK;
    long un32 = s == 0 ? u1 : (u1 << s) | (u0 >>> (64 - s));
    long un10 = u0 << s;
    long un1 = un10 >>> 32;
    long un0 = un10 & MASK;
    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, B) >= 0 || Long.compareUnsigned(q1 * vn0, B * rhat + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, B) >= 0) {
        break;
      }
    }
    long un21 = un32 * B + un1 - q1 * v;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, B) >= 0 || Long.compareUnsigned(q0 * vn0, B * rhat + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, B) >= 0) {
        break;
      }
    }
    return q1 * B + q0;
  }
}
