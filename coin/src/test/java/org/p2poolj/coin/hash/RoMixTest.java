package org.p2poolj.coin.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Both ROMix implementations give the same scrypt; the test JVM must have the SIMD one. */
class RoMixTest {
  @Test
  void testJvmRunsTheVectorImplementation() {
    // surefire passes --add-modules=jdk.incubator.vector, as the launcher does
    assertThat(RoMix.vectorModulePresent()).isTrue();
    assertThat(Scrypt.implementation()).isEqualTo("vector-128");
    assertThat(Scrypt.usesSimd()).isTrue();
  }

  @Test
  void vectorAndScalarAgreeOnRandomHeaders() {
    RoMix vector = VectorRoMix.create();
    RoMix scalar = new ScalarRoMix();
    Random rnd = new Random(7);
    for (int i = 0; i < 50; i++) {
      byte[] header = new byte[80];
      rnd.nextBytes(header);
      byte[] expected = Scrypt.hashHeader(header, scalar);
      assertThat(Scrypt.hashHeader(header, vector)).isEqualTo(expected);
    }
  }

  @Test
  void aJvmWithoutTheModuleFallsBackToScalar() throws Exception {
    byte[] header = new byte[80];
    new Random(11).nextBytes(header);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ScalarFallbackMain.class.getName(),
                HexFormat.of().formatHex(header))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList())
        .containsExactly("scalar", "false", HexFormat.of().formatHex(Scrypt.hashHeader(header)));
  }

  @Test
  void scalarIsForcedByTheSystemProperty() {
    String before = System.getProperty("p2poolj.scrypt");
    System.setProperty("p2poolj.scrypt", "scalar");
    try {
      assertThat(RoMix.best().name()).isEqualTo("scalar");
    } finally {
      if (before == null) {
        System.clearProperty("p2poolj.scrypt");
      } else {
        System.setProperty("p2poolj.scrypt", before);
      }
    }
    assertThat(RoMix.best().name()).isEqualTo("vector-128");
  }
}
