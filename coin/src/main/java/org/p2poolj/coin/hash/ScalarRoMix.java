package org.p2poolj.coin.hash;

/** ROMix on plain int words with the {@link Salsa208} core; runs on any JVM. */
final class ScalarRoMix implements RoMix {
  @Override
  public void mix(int[] x, int[] v) {
    for (int i = 0; i < N; i++) {
      System.arraycopy(x, 0, v, i * 32, 32);
      blockMix(x);
    }
    for (int i = 0; i < N; i++) {
      int j = (x[16] & (N - 1)) * 32;
      for (int k = 0; k < 32; k++) {
        x[k] ^= v[j + k];
      }
      blockMix(x);
    }
  }

  /** BlockMix for r=1: Y0 = salsa(B1 ^ B0), Y1 = salsa(Y0 ^ B1); output (Y0, Y1). */
  private static void blockMix(int[] b) {
    Salsa208.xorCore(b, 0, b, 16);
    Salsa208.xorCore(b, 16, b, 0);
  }

  @Override
  public String name() {
    return "scalar";
  }
}
