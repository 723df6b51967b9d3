package org.p2poolj.coin.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.GoldenVectors;

/** p2pool's pack.py encodings from pack_primitives_and_hash_link.json. */
class ByteCodecVectorsTest {
  private static JsonNode vectors;

  @BeforeAll
  static void load() {
    vectors = GoldenVectors.load("pack_primitives_and_hash_link.json");
  }

  @Test
  void varIntsEncodeAndDecode() {
    assertThat(vectors.get("varint")).isNotEmpty();
    for (JsonNode v : vectors.get("varint")) {
      long value = Long.parseUnsignedLong(v.get("value").asText());
      byte[] wire = Hex.decode(v.get("hex").asText());
      assertThat(new ByteWriter().varInt(value).toByteArray())
          .as("encode %s", value)
          .isEqualTo(wire);
      ByteReader r = new ByteReader(wire);
      assertThat(Long.toUnsignedString(r.varInt())).isEqualTo(v.get("value").asText());
      r.expectEnd();
      assertThat(VarInt.size(value)).isEqualTo(wire.length);
    }
  }

  @Test
  void nonCanonicalVarIntsAreRejected() {
    assertThat(vectors.get("varint_noncanonical_rejected")).hasSize(3);
    for (JsonNode v : vectors.get("varint_noncanonical_rejected")) {
      String hex = v.asText().split(" ")[0];
      ByteReader r = new ByteReader(Hex.decode(hex));
      assertThatThrownBy(r::varInt)
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("not canonically packed");
    }
  }

  @Test
  void varStrsEncodeAndDecode() {
    for (JsonNode v : vectors.get("varstr")) {
      byte[] value = Hex.decode(v.get("value_hex").asText());
      byte[] wire = Hex.decode(v.get("hex").asText());
      assertThat(new ByteWriter().varStr(value).toByteArray()).isEqualTo(wire);
      ByteReader r = new ByteReader(wire);
      assertThat(r.varStr()).isEqualTo(value);
      r.expectEnd();
    }
  }

  @Test
  void fixedWidthIntegersFollowTheirEndianness() {
    for (JsonNode v : vectors.get("inttype")) {
      int bits = v.get("bits").asInt();
      boolean big = v.get("endianness").asText().equals("big");
      BigInteger value = new BigInteger(v.get("value_hex").asText(), 16);
      byte[] wire = Hex.decode(v.get("hex").asText());
      ByteWriter w = new ByteWriter();
      ByteReader r = new ByteReader(wire);
      switch (bits) {
        case 8 -> {
          w.u8(value.intValue());
          assertThat(r.u8()).isEqualTo(value.intValue());
        }
        case 16 -> {
          if (big) {
            w.u16be(value.intValue());
            assertThat(r.u16be()).isEqualTo(value.intValue());
          } else {
            w.u16le(value.intValue());
            assertThat(r.u16le()).isEqualTo(value.intValue());
          }
        }
        case 32 -> {
          w.u32le(value.longValue());
          assertThat(r.u32le()).isEqualTo(value.longValue());
        }
        case 64 -> {
          w.u64le(value.longValue());
          assertThat(r.u64le()).isEqualTo(value.longValue());
        }
        default -> {
          w.uintLE(value, bits / 8);
          assertThat(r.uintLE(bits / 8)).isEqualTo(value);
        }
      }
      assertThat(w.toByteArray()).as("%d-bit %s", bits, value.toString(16)).isEqualTo(wire);
      r.expectEnd();
    }
  }

  @Test
  void possiblyNone256IsThirtyTwoLittleEndianBytes() {
    JsonNode v = vectors.get("possibly_none_256");
    assertThat(new ByteReader(Hex.decode(v.get("none_hex").asText())).hash256().isZero()).isTrue();
    assertThat(new ByteReader(Hex.decode(v.get("one_hex").asText())).uintLE(32))
        .isEqualTo(BigInteger.ONE);
  }

  @Test
  void donationScriptIsAPayToPubkeyPushAndTheRefhashPrefixIsItsVarStr() {
    byte[] donation = Hex.decode(vectors.get("donation_script_hex").asText());
    // 65-byte uncompressed key pushed with a length byte, then OP_CHECKSIG.
    byte[] key = Arrays.copyOfRange(donation, 1, 66);
    assertThat(donation).hasSize(67);
    assertThat(new ByteWriter().u8(65).bytes(key).u8(0xac).toByteArray()).isEqualTo(donation);
    byte[] before =
        new ByteWriter().varStr(donation).u64le(0).u8(0x2a).u8(0x6a).u8(0x28).toByteArray();
    assertThat(Hex.encode(before))
        .isEqualTo(vectors.get("gentx_before_refhash_v17_to_v35_hex").asText());
    assertThat(before).hasSize(79);
  }

  @Test
  void addressTypeFieldsReadWithTheirWidthsAndEndianness() {
    for (JsonNode v : vectors.get("address_type")) {
      ByteReader r = new ByteReader(Hex.decode(v.get("hex").asText()));
      assertThat(r.u64le()).isEqualTo(v.get("services").asLong());
      byte[] ip = r.bytes(16);
      // IPv4-mapped IPv6.
      assertThat(Arrays.copyOf(ip, 12)).isEqualTo(Hex.decode("00000000000000000000ffff"));
      String dotted =
          (ip[12] & 0xff) + "." + (ip[13] & 0xff) + "." + (ip[14] & 0xff) + "." + (ip[15] & 0xff);
      assertThat(dotted).isEqualTo(v.get("address").asText());
      assertThat(r.u16be()).isEqualTo(v.get("port").asInt());
      r.expectEnd();
    }
  }
}
