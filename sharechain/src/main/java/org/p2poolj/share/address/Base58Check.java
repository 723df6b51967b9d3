package org.p2poolj.share.address;

import java.math.BigInteger;
import java.util.Arrays;
import org.p2poolj.coin.hash.Sha256d;

/** Base58 with a 4-byte sha256d checksum, decoding leading '1's to zero bytes as p2pool does. */
final class Base58Check {
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger B58 = BigInteger.valueOf(58);

  private Base58Check() {}

  /** The payload without its checksum, or null when the text or checksum is invalid. */
  static byte[] decode(String text) {
    if (text.length() > 200) {
      return null;
    }
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    BigInteger n = BigInteger.ZERO;
    for (int i = zeros; i < text.length(); i++) {
      int d = ALPHABET.indexOf(text.charAt(i));
      if (d < 0) {
        return null;
      }
      n = n.multiply(B58).add(BigInteger.valueOf(d));
    }
    byte[] body = n.signum() == 0 ? new byte[0] : unsigned(n.toByteArray());
    byte[] all = new byte[zeros + body.length];
    System.arraycopy(body, 0, all, zeros, body.length);
    if (all.length < 4) {
      return null;
    }
    byte[] payload = Arrays.copyOf(all, all.length - 4);
    byte[] check = Arrays.copyOf(Sha256d.hash(payload), 4);
    return Arrays.equals(check, 0, 4, all, all.length - 4, all.length) ? payload : null;
  }

  static String encode(byte[] payload) {
    byte[] check = Arrays.copyOf(Sha256d.hash(payload), 4);
    byte[] all = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(check, 0, all, payload.length, 4);
    int zeros = 0;
    while (zeros < all.length && all[zeros] == 0) {
      zeros++;
    }
    StringBuilder sb = new StringBuilder();
    BigInteger n = new BigInteger(1, all);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(B58);
      sb.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    sb.append("1".repeat(zeros));
    return sb.reverse().toString();
  }

  private static byte[] unsigned(byte[] twos) {
    return twos[0] == 0 ? Arrays.copyOfRange(twos, 1, twos.length) : twos;
  }
}
