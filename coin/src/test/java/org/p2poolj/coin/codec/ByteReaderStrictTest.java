package org.p2poolj.coin.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteReaderStrictTest {
  @Test
  void truncatedFixedWidthReadsFailWithAClearMessage() {
    assertThatThrownBy(() -> new ByteReader(new byte[3]).u32le())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("truncated")
        .hasMessageContaining("u32");
    assertThatThrownBy(() -> new ByteReader(new byte[31]).hash256())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("hash256");
    assertThatThrownBy(() -> new ByteReader(new byte[7]).u64le())
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> new ByteReader(new byte[0]).u8())
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void varStrLongerThanTheInputIsRejectedBeforeAllocating() {
    // Declares 4 GiB - 1 bytes with two bytes present.
    byte[] wire = Hex.decode("feffffffff0102");
    assertThatThrownBy(() -> new ByteReader(wire).varStr())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("VarStr");
    byte[] huge = Hex.decode("ffffffffffffffffff");
    assertThatThrownBy(() -> new ByteReader(huge).varStr())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("exceeds");
  }

  @Test
  void varStrHonoursItsLimit() {
    byte[] wire = new ByteWriter().varStr(new byte[10]).toByteArray();
    assertThatThrownBy(() -> new ByteReader(wire).varStr(9))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("limit of 9");
    assertThat(new ByteReader(wire).varStr(10)).hasSize(10);
  }

  @Test
  void listCountIsBoundedByLimitAndRemainingBytes() {
    byte[] wire = Hex.decode("fd0010");
    assertThatThrownBy(() -> new ByteReader(wire).listCount(100_000))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("list declares 4096");
    assertThatThrownBy(() -> new ByteReader(Hex.decode("05")).listCount(4))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("limit of 4");
    assertThat(new ByteReader(Hex.decode("020000")).listCount(2)).isEqualTo(2);
  }

  @Test
  void trailingBytesAreRejected() {
    ByteReader r = new ByteReader(Hex.decode("010203"));
    r.u16le();
    assertThatThrownBy(r::expectEnd)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("1 trailing byte");
  }

  @Test
  void sliceReadsStayInsideTheSlice() {
    ByteReader r = new ByteReader(Hex.decode("aabbccdd"), 1, 2);
    assertThat(r.u8()).isEqualTo(0xbb);
    assertThat(r.u8()).isEqualTo(0xcc);
    assertThatThrownBy(r::u8).isInstanceOf(ProtocolException.class);
  }

  @Test
  void writerRejectsValuesThatDoNotFit() {
    assertThatThrownBy(() -> new ByteWriter().uintLE(BigInteger.ONE.shiftLeft(160), 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ByteWriter().uintLE(BigInteger.ONE.negate(), 20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void randomVarIntsRoundTripAndEveryTruncationFails(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 200; i++) {
      long v =
          switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt(0xfd);
            case 1 -> 0xfd + rnd.nextInt(0xffff - 0xfd + 1);
            case 2 -> 0x10000L + (rnd.nextLong() & 0xffffffffL) % (0x100000000L - 0x10000L);
            default -> 0x100000000L + (rnd.nextLong() >>> 1);
          };
      byte[] wire = new ByteWriter().varInt(v).toByteArray();
      assertThat(wire).hasSize(VarInt.size(v));
      ByteReader r = new ByteReader(wire);
      assertThat(r.varInt()).isEqualTo(v);
      r.expectEnd();
      for (int cut = 0; cut < wire.length; cut++) {
        ByteReader t = new ByteReader(wire, 0, cut);
        assertThatThrownBy(t::varInt).isInstanceOf(ProtocolException.class);
      }
    }
  }

  @Test
  void hexRejectsBadInput() {
    assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hex.decode("zz")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Hex.decode("00FFaB")).containsExactly(0, 0xff, 0xab);
    assertThat(Hex.encode(new byte[] {0, (byte) 0xff, (byte) 0xab})).isEqualTo("00ffab");
  }
}
