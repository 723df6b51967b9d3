package org.p2poolj.coin.script;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.p2poolj.coin.codec.ByteWriter;

/** Builders and matchers for the standard output scripts. */
public final class Scripts {
  public static final int OP_0 = 0x00;
  public static final int OP_PUSHDATA1 = 0x4c;
  public static final int OP_PUSHDATA2 = 0x4d;
  public static final int OP_PUSHDATA4 = 0x4e;
  public static final int OP_1NEGATE = 0x4f;
  public static final int OP_1 = 0x51;
  public static final int OP_16 = 0x60;
  public static final int OP_RETURN = 0x6a;
  public static final int OP_DUP = 0x76;
  public static final int OP_EQUAL = 0x87;
  public static final int OP_EQUALVERIFY = 0x88;
  public static final int OP_HASH160 = 0xa9;
  public static final int OP_CHECKSIG = 0xac;

  private Scripts() {}

  /** {@code OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG}. */
  public static byte[] p2pkh(byte[] hash160) {
    requireLength("P2PKH hash", hash160, 20);
    byte[] s = new byte[25];
    s[0] = (byte) OP_DUP;
    s[1] = (byte) OP_HASH160;
    s[2] = 20;
    System.arraycopy(hash160, 0, s, 3, 20);
    s[23] = (byte) OP_EQUALVERIFY;
    s[24] = (byte) OP_CHECKSIG;
    return s;
  }

  /** {@code OP_HASH160 <20> OP_EQUAL}. */
  public static byte[] p2sh(byte[] hash160) {
    requireLength("P2SH hash", hash160, 20);
    byte[] s = new byte[23];
    s[0] = (byte) OP_HASH160;
    s[1] = 20;
    System.arraycopy(hash160, 0, s, 2, 20);
    s[22] = (byte) OP_EQUAL;
    return s;
  }

  public static byte[] p2wpkh(byte[] hash160) {
    requireLength("P2WPKH program", hash160, 20);
    return witness(0, hash160);
  }

  public static byte[] p2wsh(byte[] sha256) {
    requireLength("P2WSH program", sha256, 32);
    return witness(0, sha256);
  }

  public static byte[] p2tr(byte[] outputKey) {
    requireLength("P2TR output key", outputKey, 32);
    return witness(1, outputKey);
  }

  /** {@code OP_n <program>} for witness version n in 0..16 and a 2..40-byte program. */
  public static byte[] witness(int version, byte[] program) {
    if (version < 0 || version > 16) {
      throw new IllegalArgumentException("witness version must be 0..16, got " + version);
    }
    if (program.length < 2 || program.length > 40) {
      throw new IllegalArgumentException(
          "witness program must be 2..40 bytes, got " + program.length);
    }
    byte[] s = new byte[2 + program.length];
    s[0] = (byte) (version == 0 ? OP_0 : OP_1 + version - 1);
    s[1] = (byte) program.length;
    System.arraycopy(program, 0, s, 2, program.length);
    return s;
  }

  /** {@code OP_RETURN <data>}. */
  public static byte[] opReturn(byte[] data) {
    return new ByteWriter(data.length + 6).u8(OP_RETURN).bytes(pushData(data)).toByteArray();
  }

  /**
   * The shortest data push of {@code data} (direct length byte below 76, then PUSHDATA1/2/4).
   * Always a data push: one-byte values are not turned into {@code OP_n}.
   */
  public static byte[] pushData(byte[] data) {
    ByteWriter w = new ByteWriter(data.length + 5);
    int n = data.length;
    if (n < OP_PUSHDATA1) {
      w.u8(n);
    } else if (n <= 0xff) {
      w.u8(OP_PUSHDATA1).u8(n);
    } else if (n <= 0xffff) {
      w.u8(OP_PUSHDATA2).u16le(n);
    } else {
      w.u8(OP_PUSHDATA4).u32le(n);
    }
    return w.bytes(data).toByteArray();
  }

  /**
   * A number push as Bitcoin Core's {@code CScript << n} and p2pool's create_push_script write it:
   * {@code OP_1NEGATE}/{@code OP_1..OP_16} for -1 and 1..16, {@code OP_0} for zero, otherwise the
   * minimal little-endian sign-magnitude encoding.
   */
  public static byte[] pushInt(long n) {
    if (n == -1 || (n >= 1 && n <= 16)) {
      return new byte[] {(byte) (n == -1 ? OP_1NEGATE : OP_1 - 1 + n)};
    }
    return pushData(scriptNum(n));
  }

  /** Minimal CScriptNum bytes (little-endian, sign bit in the top byte). */
  public static byte[] scriptNum(long n) {
    if (n == 0) {
      return new byte[0];
    }
    boolean negative = n < 0;
    byte[] be = BigInteger.valueOf(n).abs().toByteArray();
    int start = be[0] == 0 ? 1 : 0;
    int len = be.length - start;
    boolean extra = (be[start] & 0x80) != 0;
    byte[] le = new byte[len + (extra ? 1 : 0)];
    for (int i = 0; i < len; i++) {
      le[i] = be[be.length - 1 - i];
    }
    if (negative) {
      le[le.length - 1] |= (byte) 0x80;
    }
    return le;
  }

  /** The height push BIP34 requires at the start of a coinbase scriptSig. */
  public static byte[] bip34Height(long height) {
    if (height < 0) {
      throw new IllegalArgumentException("negative height " + height);
    }
    return pushInt(height);
  }

  /** The 20-byte hash of a P2PKH script. */
  public static Optional<byte[]> matchP2pkh(byte[] s) {
    boolean ok =
        s.length == 25
            && (s[0] & 0xff) == OP_DUP
            && (s[1] & 0xff) == OP_HASH160
            && s[2] == 20
            && (s[23] & 0xff) == OP_EQUALVERIFY
            && (s[24] & 0xff) == OP_CHECKSIG;
    return ok ? Optional.of(Arrays.copyOfRange(s, 3, 23)) : Optional.empty();
  }

  /** The 20-byte hash of a P2SH script. */
  public static Optional<byte[]> matchP2sh(byte[] s) {
    boolean ok =
        s.length == 23 && (s[0] & 0xff) == OP_HASH160 && s[1] == 20 && (s[22] & 0xff) == OP_EQUAL;
    return ok ? Optional.of(Arrays.copyOfRange(s, 2, 22)) : Optional.empty();
  }

  /** The witness version (0..16) of a segwit output script, or -1. */
  public static int witnessVersion(byte[] s) {
    if (s.length < 4 || s.length > 42 || (s[1] & 0xff) != s.length - 2) {
      return -1;
    }
    int op = s[0] & 0xff;
    if (op == OP_0) {
      return 0;
    }
    return op >= OP_1 && op <= OP_16 ? op - OP_1 + 1 : -1;
  }

  /** The witness program of a segwit output script. */
  public static Optional<byte[]> witnessProgram(byte[] s) {
    return witnessVersion(s) < 0
        ? Optional.empty()
        : Optional.of(Arrays.copyOfRange(s, 2, s.length));
  }

  private static void requireLength(String what, byte[] b, int len) {
    if (b.length != len) {
      throw new IllegalArgumentException(what + " must be " + len + " bytes, got " + b.length);
    }
  }
}
