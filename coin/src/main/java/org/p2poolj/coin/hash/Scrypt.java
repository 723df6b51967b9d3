package org.p2poolj.coin.hash;

/**
 * scrypt(N=1024, r=1, p=1, dkLen=32) with password = salt = an 80-byte block header, the Litecoin
 * proof of work (RFC 7914). Specialised for that one shape: the two PBKDF2-HMAC-SHA256 passes are
 * fixed-size SHA-256 blocks built directly as int words from reused HMAC midstates, and ROMix works
 * on a per-thread int scratchpad, so a hash allocates nothing but its 32-byte result. ROMix itself
 * is a {@link RoMix}: SIMD when the JVM has the Vector API module, scalar otherwise.
 */
public final class Scrypt {
  private static final int HEADER = 80;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  private static final RoMix ROMIX = RoMix.best();

  private Scrypt() {}

  /** Per-thread working memory: the 128 KiB scratchpad and SHA-256 buffers. */
  private static final class Scratch {
    final int[] v = new int[32 * RoMix.N];
    final int[] x = new int[32];
    final int[] w = new int[64];
    final int[] hw = new int[20];
    final int[] innerBase = new int[8];
    final int[] outerBase = new int[8];
    final int[] innerHeader = new int[8];
    final int[] st = new int[8];
  }

  /** The raw 32-byte scrypt output; read it as a little-endian integer for the PoW comparison. */
  public static byte[] hashHeader(byte[] header80) {
    return hashHeader(header80, ROMIX);
  }

  /** Which ROMix this JVM uses: {@code vector-128} or {@code scalar}. */
  public static String implementation() {
    return ROMIX.name();
  }

  /** True when ROMix runs on SIMD, false on the scalar fallback. */
  public static boolean usesSimd() {
    return !(ROMIX instanceof ScalarRoMix);
  }

  static byte[] hashHeader(byte[] header80, RoMix romix) {
    if (header80.length != HEADER) {
      throw new IllegalArgumentException(
          "scrypt PoW needs an 80-byte header, got " + header80.length);
    }
    Scratch s = SCRATCH.get();
    int[] hw = s.hw;
    for (int i = 0; i < 20; i++) {
      int p = 4 * i;
      hw[i] =
          (header80[p] & 0xff) << 24
              | (header80[p + 1] & 0xff) << 16
              | (header80[p + 2] & 0xff) << 8
              | (header80[p + 3] & 0xff);
    }
    hmacKeyMidstates(s);
    pbkdf2First(s);
    romix.mix(s.x, s.v);
    return pbkdf2Final(s);
  }

  /**
   * The HMAC key is SHA-256(header) because the header is longer than a block; precompute the
   * states after the ipad and opad blocks, and after ipad + the first 64 header bytes.
   */
  private static void hmacKeyMidstates(Scratch s) {
    int[] w = s.w;
    int[] st = s.st;
    int[] hw = s.hw;
    System.arraycopy(Sha256Core.IV, 0, st, 0, 8);
    System.arraycopy(hw, 0, w, 0, 16);
    Sha256Core.compress(st, w);
    w[0] = hw[16];
    w[1] = hw[17];
    w[2] = hw[18];
    w[3] = hw[19];
    w[4] = 0x80000000;
    for (int i = 5; i < 15; i++) {
      w[i] = 0;
    }
    w[15] = HEADER * 8;
    Sha256Core.compress(st, w);
    // st is now the key.
    int[] key = st.clone();
    padKey(key, 0x36363636, w);
    System.arraycopy(Sha256Core.IV, 0, s.innerBase, 0, 8);
    Sha256Core.compress(s.innerBase, w);
    padKey(key, 0x5c5c5c5c, w);
    System.arraycopy(Sha256Core.IV, 0, s.outerBase, 0, 8);
    Sha256Core.compress(s.outerBase, w);
    System.arraycopy(s.innerBase, 0, s.innerHeader, 0, 8);
    System.arraycopy(hw, 0, w, 0, 16);
    Sha256Core.compress(s.innerHeader, w);
  }

  private static void padKey(int[] key, int pad, int[] w) {
    for (int i = 0; i < 8; i++) {
      w[i] = key[i] ^ pad;
    }
    for (int i = 8; i < 16; i++) {
      w[i] = pad;
    }
  }

  /** B = PBKDF2(header, header, 1, 128), stored as the little-endian words scrypt mixes. */
  private static void pbkdf2First(Scratch s) {
    int[] w = s.w;
    int[] st = s.st;
    int[] hw = s.hw;
    for (int blk = 1; blk <= 4; blk++) {
      System.arraycopy(s.innerHeader, 0, st, 0, 8);
      w[0] = hw[16];
      w[1] = hw[17];
      w[2] = hw[18];
      w[3] = hw[19];
      w[4] = blk;
      w[5] = 0x80000000;
      for (int i = 6; i < 15; i++) {
        w[i] = 0;
      }
      w[15] = (64 + HEADER + 4) * 8;
      Sha256Core.compress(st, w);
      outer(s, st);
      int base = (blk - 1) * 8;
      for (int i = 0; i < 8; i++) {
        s.x[base + i] = Integer.reverseBytes(st[i]);
      }
    }
  }

  /** Replaces {@code inner} with HMAC's outer hash of it. */
  private static void outer(Scratch s, int[] inner) {
    int[] w = s.w;
    System.arraycopy(inner, 0, w, 0, 8);
    w[8] = 0x80000000;
    for (int i = 9; i < 15; i++) {
      w[i] = 0;
    }
    w[15] = (64 + 32) * 8;
    System.arraycopy(s.outerBase, 0, inner, 0, 8);
    Sha256Core.compress(inner, w);
  }

  /** PBKDF2(header, B', 1, 32). */
  private static byte[] pbkdf2Final(Scratch s) {
    int[] w = s.w;
    int[] st = s.st;
    int[] x = s.x;
    System.arraycopy(s.innerBase, 0, st, 0, 8);
    for (int i = 0; i < 16; i++) {
      w[i] = Integer.reverseBytes(x[i]);
    }
    Sha256Core.compress(st, w);
    for (int i = 0; i < 16; i++) {
      w[i] = Integer.reverseBytes(x[16 + i]);
    }
    Sha256Core.compress(st, w);
    w[0] = 1;
    w[1] = 0x80000000;
    for (int i = 2; i < 15; i++) {
      w[i] = 0;
    }
    w[15] = (64 + 128 + 4) * 8;
    Sha256Core.compress(st, w);
    outer(s, st);
    byte[] out = new byte[32];
    Sha256Core.store(st, out, 0);
    return out;
  }
}
