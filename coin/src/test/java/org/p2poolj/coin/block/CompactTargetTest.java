package org.p2poolj.coin.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.testkit.GoldenVectors;

class CompactTargetTest {
  @Test
  void floatingIntegerVectors() {
    JsonNode vectors =
        GoldenVectors.load("pack_primitives_and_hash_link.json").get("floating_integer");
    assertThat(vectors).hasSize(9);
    for (JsonNode v : vectors) {
      BigInteger in = new BigInteger(v.get("target_in").asText(), 16);
      BigInteger out = new BigInteger(v.get("target_out").asText(), 16);
      long bits = Long.parseLong(v.get("bits").asText(), 16);
      assertThat(CompactTarget.fromTargetUpperBound(in))
          .as("bits of %s", in.toString(16))
          .isEqualTo(bits);
      assertThat(CompactTarget.decode(bits)).isEqualTo(out);
      byte[] wire = Hex.decode(v.get("wire_hex").asText());
      assertThat(new ByteWriter().u32le(bits).toByteArray()).isEqualTo(wire);
      assertThat(new ByteReader(wire).u32le()).isEqualTo(bits);
    }
  }

  @Test
  void specExamples() {
    BigInteger two256 = BigInteger.ONE.shiftLeft(256);
    assertThat(CompactTarget.fromTargetUpperBound(two256.shiftRight(32).subtract(BigInteger.ONE)))
        .isEqualTo(0x1d00ffffL);
    assertThat(CompactTarget.fromTargetUpperBound(two256.shiftRight(20).subtract(BigInteger.ONE)))
        .isEqualTo(0x1e0fffffL);
    assertThat(
            CompactTarget.fromTargetUpperBound(
                two256.divide(BigInteger.valueOf(20)).subtract(BigInteger.ONE)))
        .isEqualTo(0x200cccccL);
    assertThat(CompactTarget.fromTargetUpperBound(BigInteger.ZERO)).isZero();
    assertThat(CompactTarget.decode(0x02008000L)).isEqualTo(BigInteger.valueOf(0x80));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void encodingTruncatesAndRoundTrips(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 300; i++) {
      BigInteger t = new BigInteger(1 + rnd.nextInt(256), rnd);
      long bits = CompactTarget.fromTargetUpperBound(t);
      BigInteger decoded = CompactTarget.decode(bits);
      assertThat(decoded).isLessThanOrEqualTo(t);
      // Canonical: re-encoding the decoded value gives the same bits.
      assertThat(CompactTarget.fromTargetUpperBound(decoded)).isEqualTo(bits);
      // Truncation only drops bits below the 3-byte mantissa.
      int shift = Math.max(0, t.bitLength() - 24);
      assertThat(t.subtract(decoded)).isLessThan(BigInteger.ONE.shiftLeft(shift + 8));
    }
  }
}
