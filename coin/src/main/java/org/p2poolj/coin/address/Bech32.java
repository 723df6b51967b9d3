package org.p2poolj.coin.address;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** Bech32 (BIP173) and Bech32m (BIP350) strings and segwit addresses. */
public final class Bech32 {
  /** The two checksum variants. */
  public enum Variant {
    BECH32(1),
    BECH32M(0x2bc830a3);

    final int constant;

    Variant(int constant) {
      this.constant = constant;
    }
  }

  /** A decoded string: lower-case HRP, 5-bit data without the checksum, and its variant. */
  public record Decoded(String hrp, byte[] data, Variant variant) {}

  /** A decoded segwit address. */
  public record Segwit(int version, byte[] program) {}

  /** BIP173's length limit for addresses. */
  public static final int MAX_LENGTH = 90;

  private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

  private Bech32() {}

  private static int polymod(byte[] values, int chk) {
    for (byte v : values) {
      int b = chk >>> 25;
      chk = (chk & 0x1ffffff) << 5 ^ (v & 0xff);
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) != 0) {
          chk ^= GEN[i];
        }
      }
    }
    return chk;
  }

  private static byte[] hrpExpand(String hrp) {
    int n = hrp.length();
    byte[] out = new byte[2 * n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) (hrp.charAt(i) >>> 5);
      out[n + 1 + i] = (byte) (hrp.charAt(i) & 31);
    }
    return out;
  }

  /** Encodes a lower-case HRP and 5-bit values. */
  public static String encode(String hrp, byte[] data5, Variant variant) {
    String h = hrp.toLowerCase(Locale.ROOT);
    byte[] values = new byte[data5.length + 6];
    System.arraycopy(data5, 0, values, 0, data5.length);
    int mod = polymod(values, polymod(hrpExpand(h), 1)) ^ variant.constant;
    StringBuilder sb = new StringBuilder(h.length() + 1 + values.length);
    sb.append(h).append('1');
    for (byte d : data5) {
      sb.append(CHARSET.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(CHARSET.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  /**
   * Decodes a Bech32 or Bech32m string of at most {@code maxLength} characters.
   *
   * @throws InvalidAddressException on mixed case, bad characters, bad length or checksum
   */
  public static Decoded decode(String s, int maxLength) {
    if (s.length() > maxLength) {
      throw new InvalidAddressException("bech32 string too long (" + s.length() + " chars)");
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        throw new InvalidAddressException("invalid bech32 character at " + i);
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    if (lower && upper) {
      throw new InvalidAddressException("bech32 string mixes upper and lower case");
    }
    String str = s.toLowerCase(Locale.ROOT);
    int sep = str.lastIndexOf('1');
    if (sep < 1 || sep + 7 > str.length()) {
      throw new InvalidAddressException("bech32 separator misplaced or checksum missing");
    }
    String hrp = str.substring(0, sep);
    byte[] values = new byte[str.length() - sep - 1];
    for (int i = 0; i < values.length; i++) {
      int d = CHARSET.indexOf(str.charAt(sep + 1 + i));
      if (d < 0) {
        throw new InvalidAddressException(
            "invalid bech32 data character '" + str.charAt(sep + 1 + i) + "'");
      }
      values[i] = (byte) d;
    }
    int check = polymod(values, polymod(hrpExpand(hrp), 1));
    Variant variant;
    if (check == Variant.BECH32.constant) {
      variant = Variant.BECH32;
    } else if (check == Variant.BECH32M.constant) {
      variant = Variant.BECH32M;
    } else {
      throw new InvalidAddressException("bech32 checksum mismatch");
    }
    byte[] data = new byte[values.length - 6];
    System.arraycopy(values, 0, data, 0, data.length);
    return new Decoded(hrp, data, variant);
  }

  /** Regroups bits; with {@code pad} false, leftover bits must be fewer than {@code from} and 0. */
  public static byte[] convertBits(byte[] in, int from, int to, boolean pad) {
    int acc = 0;
    int bits = 0;
    int maxv = (1 << to) - 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * from / to + 1);
    for (byte b : in) {
      int v = b & 0xff;
      if (v >>> from != 0) {
        throw new InvalidAddressException("value out of range for " + from + "-bit groups");
      }
      acc = acc << from | v;
      bits += from;
      while (bits >= to) {
        bits -= to;
        out.write((acc >>> bits) & maxv);
      }
    }
    if (pad) {
      if (bits > 0) {
        out.write((acc << (to - bits)) & maxv);
      }
    } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
      throw new InvalidAddressException("invalid padding in bech32 data");
    }
    return out.toByteArray();
  }

  /** A segwit address: Bech32 for version 0, Bech32m for versions 1..16 (BIP350). */
  public static String encodeSegwit(String hrp, int version, byte[] program) {
    checkSegwit(version, program);
    byte[] conv = convertBits(program, 8, 5, true);
    byte[] data = new byte[conv.length + 1];
    data[0] = (byte) version;
    System.arraycopy(conv, 0, data, 1, conv.length);
    return encode(hrp, data, version == 0 ? Variant.BECH32 : Variant.BECH32M);
  }

  /**
   * Decodes a segwit address for {@code expectedHrp}, enforcing BIP173/BIP350 rules.
   *
   * @throws InvalidAddressException when anything is off, with the reason
   */
  public static Segwit decodeSegwit(String expectedHrp, String address) {
    Decoded d = decode(address, MAX_LENGTH);
    if (!d.hrp().equals(expectedHrp)) {
      throw new InvalidAddressException(
          "bech32 prefix '" + d.hrp() + "' does not match '" + expectedHrp + "'");
    }
    if (d.data().length < 1) {
      throw new InvalidAddressException("segwit address without a witness version");
    }
    int version = d.data()[0];
    byte[] rest = new byte[d.data().length - 1];
    System.arraycopy(d.data(), 1, rest, 0, rest.length);
    byte[] program = convertBits(rest, 5, 8, false);
    checkSegwit(version, program);
    Variant want = version == 0 ? Variant.BECH32 : Variant.BECH32M;
    if (d.variant() != want) {
      throw new InvalidAddressException(
          "witness version " + version + " must use " + want + " encoding, not " + d.variant());
    }
    return new Segwit(version, program);
  }

  private static void checkSegwit(int version, byte[] program) {
    if (version < 0 || version > 16) {
      throw new InvalidAddressException("invalid witness version " + version);
    }
    if (program.length < 2 || program.length > 40) {
      throw new InvalidAddressException("invalid witness program length " + program.length);
    }
    if (version == 0 && program.length != 20 && program.length != 32) {
      throw new InvalidAddressException(
          "witness v0 program must be 20 or 32 bytes, got " + program.length);
    }
  }
}
