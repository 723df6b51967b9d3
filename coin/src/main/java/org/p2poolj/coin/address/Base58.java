package org.p2poolj.coin.address;

import java.util.Arrays;
import org.p2poolj.coin.hash.Sha256d;

/** Base58 and Base58Check with the Bitcoin alphabet. */
public final class Base58 {
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int[] INDEX = new int[128];

  /** Longer strings are no address; the cap keeps the quadratic decode cheap. */
  private static final int MAX_DECODE_CHARS = 200;

  static {
    Arrays.fill(INDEX, -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      INDEX[ALPHABET.charAt(i)] = i;
    }
  }

  private Base58() {}

  public static String encode(byte[] data) {
    int zeros = 0;
    while (zeros < data.length && data[zeros] == 0) {
      zeros++;
    }
    // Repeated division of the big-endian number by 58, base 256 -> base 58.
    byte[] num = Arrays.copyOf(data, data.length);
    char[] out = new char[data.length * 2];
    int outPos = out.length;
    int start = zeros;
    while (start < num.length) {
      int rem = 0;
      for (int i = start; i < num.length; i++) {
        int cur = rem * 256 + (num[i] & 0xff);
        num[i] = (byte) (cur / 58);
        rem = cur % 58;
      }
      out[--outPos] = ALPHABET.charAt(rem);
      while (start < num.length && num[start] == 0) {
        start++;
      }
    }
    for (int i = 0; i < zeros; i++) {
      out[--outPos] = '1';
    }
    return new String(out, outPos, out.length - outPos);
  }

  /**
   * @throws InvalidAddressException on a character outside the alphabet or an over-long input
   */
  public static byte[] decode(String text) {
    if (text.length() > MAX_DECODE_CHARS) {
      throw new InvalidAddressException("Base58 string too long (" + text.length() + " chars)");
    }
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    byte[] num = new byte[text.length()];
    int len = 0;
    for (int i = zeros; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = c < 128 ? INDEX[c] : -1;
      if (digit < 0) {
        throw new InvalidAddressException("invalid Base58 character '" + c + "' at " + i);
      }
      // num = num * 58 + digit, little-endian base 256.
      int carry = digit;
      for (int j = 0; j < len; j++) {
        carry += (num[j] & 0xff) * 58;
        num[j] = (byte) carry;
        carry >>>= 8;
      }
      while (carry > 0) {
        num[len++] = (byte) carry;
        carry >>>= 8;
      }
    }
    byte[] out = new byte[zeros + len];
    for (int j = 0; j < len; j++) {
      out[zeros + j] = num[len - 1 - j];
    }
    return out;
  }

  /** {@code payload || sha256d(payload)[0..4)}, Base58-encoded. */
  public static String encodeCheck(byte[] payload) {
    byte[] sum = Sha256d.hash(payload);
    byte[] full = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(sum, 0, full, payload.length, 4);
    return encode(full);
  }

  /**
   * Decodes and verifies the 4-byte checksum, returning the payload.
   *
   * @throws InvalidAddressException on a bad character, a short string or a checksum mismatch
   */
  public static byte[] decodeCheck(String text) {
    byte[] full = decode(text);
    if (full.length < 4) {
      throw new InvalidAddressException("Base58Check string too short");
    }
    byte[] payload = Arrays.copyOf(full, full.length - 4);
    byte[] sum = Sha256d.hash(payload);
    for (int i = 0; i < 4; i++) {
      if (sum[i] != full[payload.length + i]) {
        throw new InvalidAddressException("Base58Check checksum mismatch");
      }
    }
    return payload;
  }
}
