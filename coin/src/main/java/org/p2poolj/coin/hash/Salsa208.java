package org.p2poolj.coin.hash;

/**
 * The Salsa20/8 core (RFC 7914 §3), on 16 words held in locals so the JIT keeps them in registers.
 */
final class Salsa208 {
  private Salsa208() {}

  /**
   * Sets {@code b[off..off+16)} to Salsa20/8 of {@code b[off..off+16) ^ a[aOff..aOff+16)}; the XOR
   * is folded into the loads because BlockMix always XORs before mixing.
   */
  static void xorCore(int[] b, int off, int[] a, int aOff) {
    int j0 = b[off] ^ a[aOff];
    int j1 = b[off + 1] ^ a[aOff + 1];
    int j2 = b[off + 2] ^ a[aOff + 2];
    int j3 = b[off + 3] ^ a[aOff + 3];
    int j4 = b[off + 4] ^ a[aOff + 4];
    int j5 = b[off + 5] ^ a[aOff + 5];
    int j6 = b[off + 6] ^ a[aOff + 6];
    int j7 = b[off + 7] ^ a[aOff + 7];
    int j8 = b[off + 8] ^ a[aOff + 8];
    int j9 = b[off + 9] ^ a[aOff + 9];
    int j10 = b[off + 10] ^ a[aOff + 10];
    int j11 = b[off + 11] ^ a[aOff + 11];
    int j12 = b[off + 12] ^ a[aOff + 12];
    int j13 = b[off + 13] ^ a[aOff + 13];
    int j14 = b[off + 14] ^ a[aOff + 14];
    int j15 = b[off + 15] ^ a[aOff + 15];
    int x0 = j0;
    int x1 = j1;
    int x2 = j2;
    int x3 = j3;
    int x4 = j4;
    int x5 = j5;
    int x6 = j6;
    int x7 = j7;
    int x8 = j8;
    int x9 = j9;
    int x10 = j10;
    int x11 = j11;
    int x12 = j12;
    int x13 = j13;
    int x14 = j14;
    int x15 = j15;
    for (int round = 0; round < 8; round += 2) {
      // Columns.
      x4 ^= Integer.rotateLeft(x0 + x12, 7);
      x8 ^= Integer.rotateLeft(x4 + x0, 9);
      x12 ^= Integer.rotateLeft(x8 + x4, 13);
      x0 ^= Integer.rotateLeft(x12 + x8, 18);
      x9 ^= Integer.rotateLeft(x5 + x1, 7);
      x13 ^= Integer.rotateLeft(x9 + x5, 9);
      x1 ^= Integer.rotateLeft(x13 + x9, 13);
      x5 ^= Integer.rotateLeft(x1 + x13, 18);
      x14 ^= Integer.rotateLeft(x10 + x6, 7);
      x2 ^= Integer.rotateLeft(x14 + x10, 9);
      x6 ^= Integer.rotateLeft(x2 + x14, 13);
      x10 ^= Integer.rotateLeft(x6 + x2, 18);
      x3 ^= Integer.rotateLeft(x15 + x11, 7);
      x7 ^= Integer.rotateLeft(x3 + x15, 9);
      x11 ^= Integer.rotateLeft(x7 + x3, 13);
      x15 ^= Integer.rotateLeft(x11 + x7, 18);
      // Rows.
      x1 ^= Integer.rotateLeft(x0 + x3, 7);
      x2 ^= Integer.rotateLeft(x1 + x0, 9);
      x3 ^= Integer.rotateLeft(x2 + x1, 13);
      x0 ^= Integer.rotateLeft(x3 + x2, 18);
      x6 ^= Integer.rotateLeft(x5 + x4, 7);
      x7 ^= Integer.rotateLeft(x6 + x5, 9);
      x4 ^= Integer.rotateLeft(x7 + x6, 13);
      x5 ^= Integer.rotateLeft(x4 + x7, 18);
      x11 ^= Integer.rotateLeft(x10 + x9, 7);
      x8 ^= Integer.rotateLeft(x11 + x10, 9);
      x9 ^= Integer.rotateLeft(x8 + x11, 13);
      x10 ^= Integer.rotateLeft(x9 + x8, 18);
      x12 ^= Integer.rotateLeft(x15 + x14, 7);
      x13 ^= Integer.rotateLeft(x12 + x15, 9);
      x14 ^= Integer.rotateLeft(x13 + x12, 13);
      x15 ^= Integer.rotateLeft(x14 + x13, 18);
    }
    b[off] = x0 + j0;
    b[off + 1] = x1 + j1;
    b[off + 2] = x2 + j2;
    b[off + 3] = x3 + j3;
    b[off + 4] = x4 + j4;
    b[off + 5] = x5 + j5;
    b[off + 6] = x6 + j6;
    b[off + 7] = x7 + j7;
    b[off + 8] = x8 + j8;
    b[off + 9] = x9 + j9;
    b[off + 10] = x10 + j10;
    b[off + 11] = x11 + j11;
    b[off + 12] = x12 + j12;
    b[off + 13] = x13 + j13;
    b[off + 14] = x14 + j14;
    b[off + 15] = x15 + j15;
  }
}
