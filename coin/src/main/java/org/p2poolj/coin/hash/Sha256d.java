package org.p2poolj.coin.hash;

import java.security.DigestException;
import java.security.MessageDigest;

/** SHA-256 applied twice, the Bitcoin block and transaction hash. */
public final class Sha256d {
  private Sha256d() {}

  public static byte[] hash(byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(byte[] data, int off, int len) {
    MessageDigest md = Sha256.digest();
    md.update(data, off, len);
    byte[] out = new byte[32];
    try {
      md.digest(out, 0, 32);
      md.update(out, 0, 32);
      md.digest(out, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 digest into a 32-byte buffer failed", e);
    }
    return out;
  }

  /** The digest read as a little-endian integer, i.e. a wire-order {@link Hash256}. */
  public static Hash256 hash256(byte[] data) {
    return Hash256.own(hash(data));
  }

  public static Hash256 hash256(byte[] data, int off, int len) {
    return Hash256.own(hash(data, off, len));
  }
}
