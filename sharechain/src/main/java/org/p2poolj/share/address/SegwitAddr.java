package org.p2poolj.share.address;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The original BIP173 reference decoder that JT ships ({@code segwit_addr.decode}): Bech32 only, so
 * Bech32m (taproot) addresses fail their checksum. Returns null wherever it returns (None, None).
 */
final class SegwitAddr {
  private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

  /** Witness version and program. */
  record Decoded(int witnessVersion, byte[] program) {}

  private SegwitAddr() {}

  static Decoded decode(String hrp, String addr) {
    int[] data = bech32Data(hrp, addr);
    if (data == null || data.length < 1) {
      return null;
    }
    byte[] prog = convert5to8(data);
    if (prog == null || prog.length < 2 || prog.length > 40 || data[0] > 16) {
      return null;
    }
    if (data[0] == 0 && prog.length != 20 && prog.length != 32) {
      return null;
    }
    return new Decoded(data[0], prog);
  }

  /** Data part without checksum when the string is Bech32 with exactly this hrp. */
  private static int[] bech32Data(String hrp, String bech) {
    for (int i = 0; i < bech.length(); i++) {
      char c = bech.charAt(i);
      if (c < 33 || c > 126) {
        return null;
      }
    }
    String lower = bech.toLowerCase(Locale.ROOT);
    if (!lower.equals(bech) && !bech.toUpperCase(Locale.ROOT).equals(bech)) {
      return null;
    }
    int pos = lower.lastIndexOf('1');
    if (pos < 1 || pos + 7 > lower.length() || lower.length() > 90) {
      return null;
    }
    int[] data = new int[lower.length() - pos - 1];
    for (int i = 0; i < data.length; i++) {
      data[i] = CHARSET.indexOf(lower.charAt(pos + 1 + i));
      if (data[i] < 0) {
        return null;
      }
    }
    String gotHrp = lower.substring(0, pos);
    if (polymod(gotHrp, data) != 1 || !gotHrp.equals(hrp)) {
      return null;
    }
    int[] out = new int[data.length - 6];
    System.arraycopy(data, 0, out, 0, out.length);
    return out;
  }

  private static int polymod(String hrp, int[] data) {
    int chk = 1;
    int[] pre = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      pre[i] = hrp.charAt(i) >> 5;
      pre[hrp.length() + 1 + i] = hrp.charAt(i) & 31;
    }
    for (int v : pre) {
      chk = step(chk, v);
    }
    for (int v : data) {
      chk = step(chk, v);
    }
    return chk;
  }

  private static int step(int chk, int v) {
    int top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; i++) {
      if (((top >>> i) & 1) != 0) {
        chk ^= GEN[i];
      }
    }
    return chk;
  }

  /** convertbits(data[1:], 5, 8, pad=False). */
  private static byte[] convert5to8(int[] data) {
    int acc = 0;
    int bits = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 1; i < data.length; i++) {
      acc = ((acc << 5) | data[i]) & 0xfff;
      bits += 5;
      while (bits >= 8) {
        bits -= 8;
        out.write((acc >> bits) & 0xff);
      }
    }
    if (bits >= 5 || ((acc << (8 - bits)) & 0xff) != 0) {
      return null;
    }
    return out.toByteArray();
  }
}
