package org.p2poolj.coin.hash;

/**
 * scrypt's ROMix for N=1024, r=1 (RFC 7914 §5): mixes the 32 little-endian words of {@code x} in
 * place, using {@code v} (32 * 1024 words) as the scratchpad. Two implementations produce the same
 * words: a portable scalar one and a SIMD one on the incubating Vector API, chosen once per JVM.
 */
sealed interface RoMix permits ScalarRoMix, VectorRoMix {
  int N = 1024;

  void mix(int[] x, int[] v);

  /** A short name for logs and benchmark output. */
  String name();

  /**
   * The SIMD implementation when the JVM was started with {@code --add-modules
   * jdk.incubator.vector} (the launcher does this), otherwise the scalar one. The system property
   * {@code p2poolj.scrypt=scalar} forces the scalar one.
   */
  static RoMix best() {
    if (!"scalar".equals(System.getProperty("p2poolj.scrypt")) && vectorModulePresent()) {
      return VectorRoMix.create();
    }
    return new ScalarRoMix();
  }

  /**
   * Asked here, not in {@link VectorRoMix}: initialising that class without the module fails with
   * NoClassDefFoundError, so it must not be touched unless this is true.
   */
  static boolean vectorModulePresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }
}
