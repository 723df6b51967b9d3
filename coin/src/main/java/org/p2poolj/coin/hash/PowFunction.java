package org.p2poolj.coin.hash;

/**
 * A coin's proof-of-work hash of an 80-byte block header, read as a little-endian integer and
 * compared with the target. A strategy held by the chain parameters, so new algorithms plug in
 * without switches elsewhere.
 */
public interface PowFunction {
  PowFunction SHA256D = StandardPow.SHA256D;
  PowFunction SCRYPT = StandardPow.SCRYPT;

  Hash256 powHash(byte[] header80);
}
