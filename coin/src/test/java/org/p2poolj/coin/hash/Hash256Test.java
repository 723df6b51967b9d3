package org.p2poolj.coin.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

class Hash256Test {
  @Test
  void hexIsBigEndianAndBytesAreLittleEndian() {
    Hash256 h = Hash256.fromHex("000000000000003aaaf7638f9f9c0d0c60e8b0eb817dcdb55fd2b1964efc5175");
    byte[] le = h.toLittleEndianBytes();
    assertThat(le[0] & 0xff).isEqualTo(0x75);
    assertThat(le[31]).isZero();
    assertThat(h.toBigInteger())
        .isEqualTo(new BigInteger("3aaaf7638f9f9c0d0c60e8b0eb817dcdb55fd2b1964efc5175", 16));
    assertThat(Hash256.fromBigInteger(h.toBigInteger())).isEqualTo(h);
    assertThat(Hash256.ZERO.isZero()).isTrue();
    assertThat(h.isZero()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void orderIsIntegerOrder(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 200; i++) {
      BigInteger a = new BigInteger(rnd.nextInt(257), rnd);
      BigInteger b = new BigInteger(rnd.nextInt(257), rnd);
      Hash256 ha = Hash256.fromBigInteger(a);
      Hash256 hb = Hash256.fromBigInteger(b);
      assertThat(Integer.signum(ha.compareTo(hb))).isEqualTo(a.compareTo(b));
      assertThat(ha.toBigInteger()).isEqualTo(a);
      byte[] wire = new ByteWriter().hash256(ha).toByteArray();
      assertThat(new ByteReader(wire).hash256()).isEqualTo(ha).hasSameHashCodeAs(ha);
    }
  }

  @Test
  void rejectsBadSizes() {
    assertThatThrownBy(() -> Hash256.wrap(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hash256.fromHex("00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hash256.fromBigInteger(BigInteger.ONE.shiftLeft(256)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrapCopiesItsInput() {
    byte[] b = new byte[32];
    Hash256 h = Hash256.wrap(b);
    b[0] = 1;
    assertThat(h.isZero()).isTrue();
    h.toLittleEndianBytes()[0] = 1;
    assertThat(h.isZero()).isTrue();
  }
}
