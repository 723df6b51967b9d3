package org.p2poolj.coin.codec;

/** Lower-case hex without separators. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  public static String encode(byte[] bytes) {
    return encode(bytes, 0, bytes.length);
  }

  public static String encode(byte[] bytes, int off, int len) {
    char[] out = new char[len * 2];
    for (int i = 0; i < len; i++) {
      int b = bytes[off + i] & 0xff;
      out[2 * i] = DIGITS[b >>> 4];
      out[2 * i + 1] = DIGITS[b & 0xf];
    }
    return new String(out);
  }

  /**
   * Decodes hex digits (either case).
   *
   * @throws IllegalArgumentException on an odd length or a non-hex character
   */
  public static byte[] decode(String hex) {
    int n = hex.length();
    if ((n & 1) != 0) {
      throw new IllegalArgumentException("odd-length hex string (" + n + " chars)");
    }
    byte[] out = new byte[n / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (digit(hex, 2 * i) << 4 | digit(hex, 2 * i + 1));
    }
    return out;
  }

  private static int digit(String s, int i) {
    char c = s.charAt(i);
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      d = -1;
    }
    if (d < 0) {
      throw new IllegalArgumentException("invalid hex character '" + s.charAt(i) + "' at " + i);
    }
    return d;
  }
}
