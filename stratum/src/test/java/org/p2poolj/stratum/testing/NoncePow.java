package org.p2poolj.stratum.testing;

import java.math.BigInteger;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;

/**
 * A fake proof of work whose hash is the header's nonce shifted to the top 32 bits, so a test picks
 * whether a submit is a block, a share, a pseudoshare or too weak by choosing the nonce.
 */
public final class NoncePow implements PowFunction {
  @Override
  public Hash256 powHash(byte[] header80) {
    long nonce =
        (header80[76] & 0xffL)
            | (header80[77] & 0xffL) << 8
            | (header80[78] & 0xffL) << 16
            | (header80[79] & 0xffL) << 24;
    return Hash256.fromBigInteger(BigInteger.valueOf(nonce).shiftLeft(224));
  }

  /** The value {@link #powHash} gives for a nonce. */
  public static BigInteger valueOf(long nonce) {
    return BigInteger.valueOf(nonce).shiftLeft(224);
  }
}
