package org.p2poolj.stratum.job;

import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

/**
 * The byte orders of Stratum v1 as miners implement them: u32 fields are big-endian hex, and the
 * previous block hash is its header (wire) bytes with each 4-byte word reversed.
 */
public final class StratumHex {
  private StratumHex() {}

  /** A u32 as 8 big-endian hex digits. */
  public static String u32(long v) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException("not a u32: " + v);
    }
    String s = Long.toHexString(v);
    return "0".repeat(8 - s.length()) + s;
  }

  /**
   * Parses exactly 8 hex digits as a big-endian u32.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static long parseU32(String hex) {
    if (hex == null || hex.length() != 8) {
      throw new IllegalArgumentException("expected 8 hex digits, got " + hex);
    }
    long v = 0;
    for (int i = 0; i < 8; i++) {
      int d = Character.digit(hex.charAt(i), 16);
      if (d < 0) {
        throw new IllegalArgumentException("not hex: " + hex);
      }
      v = v << 4 | d;
    }
    return v;
  }

  /** {@code swap4} of the wire bytes: the notify {@code prevhash}. */
  public static String prevhash(Hash256 previousBlock) {
    return Hex.encode(swap4(previousBlock.toLittleEndianBytes()));
  }

  /** The inverse of {@link #prevhash}: header (wire) bytes from the notify string. */
  public static byte[] prevhashToWire(String prevhashHex) {
    byte[] b = Hex.decode(prevhashHex);
    if (b.length != 32) {
      throw new IllegalArgumentException("prevhash must be 32 bytes, got " + b.length);
    }
    return swap4(b);
  }

  /** Reverses each 4-byte word; its own inverse. */
  public static byte[] swap4(byte[] in) {
    if (in.length % 4 != 0) {
      throw new IllegalArgumentException("length not a multiple of 4: " + in.length);
    }
    byte[] out = new byte[in.length];
    for (int i = 0; i < in.length; i += 4) {
      out[i] = in[i + 3];
      out[i + 1] = in[i + 2];
      out[i + 2] = in[i + 1];
      out[i + 3] = in[i];
    }
    return out;
  }
}
