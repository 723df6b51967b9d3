package org.p2poolj.daemon.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.testkit.GoldenVectors;

class FrameTest {
  private static final byte[] LTC_REGTEST_MAGIC = Hex.decode("fabfb5da");

  @Test
  void matchesTheReferenceFramingVectors() {
    JsonNode vectors = GoldenVectors.load("p2p_message_framing.json").get("messages");
    assertThat(vectors.size()).isGreaterThan(0);
    for (JsonNode v : vectors) {
      byte[] prefix = Hex.decode(v.get("prefix").asText());
      byte[] payload = Hex.decode(v.get("payload_hex").asText());
      byte[] framed = Hex.decode(v.get("framed_hex").asText());
      String command = v.get("command").asText();
      assertThat(new Frame(command, payload).encode(prefix)).isEqualTo(framed);
      Frame decoded = Frame.decode(framed, prefix);
      assertThat(decoded.command()).isEqualTo(command);
      assertThat(decoded.payload()).isEqualTo(payload);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void roundTripsRandomPayloads(long seed) {
    Random random = new Random(seed);
    byte[] payload = new byte[random.nextInt(5000)];
    random.nextBytes(payload);
    Frame f = new Frame("block", payload);
    Frame back = Frame.decode(f.encode(LTC_REGTEST_MAGIC), LTC_REGTEST_MAGIC);
    assertThat(back.command()).isEqualTo("block");
    assertThat(back.payload()).isEqualTo(payload);
  }

  @Test
  void rejectsWrongMagicChecksumAndLength() {
    byte[] framed = new Frame("ping", new byte[8]).encode(LTC_REGTEST_MAGIC);
    assertThatThrownBy(() -> Frame.decode(framed, Hex.decode("fbc0b6db")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("magic");
    byte[] badSum = framed.clone();
    badSum[badSum.length - 1] ^= 1;
    assertThatThrownBy(() -> Frame.decode(badSum, LTC_REGTEST_MAGIC))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("checksum");
    assertThatThrownBy(
            () -> Frame.decode(Arrays.copyOf(framed, framed.length - 1), LTC_REGTEST_MAGIC))
        .isInstanceOf(ProtocolException.class);
    byte[] huge = framed.clone();
    huge[4 + 12 + 3] = 0x7f; // length field far above MAX_PAYLOAD
    assertThatThrownBy(() -> Frame.decode(huge, LTC_REGTEST_MAGIC))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("too large");
    byte[] badPadding = framed.clone();
    badPadding[4 + 10] = 'x';
    assertThatThrownBy(() -> Frame.decode(badPadding, LTC_REGTEST_MAGIC))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void invListRoundTripsAndBoundsTheCount() {
    Hash256 h = Hash256.fromHex("11".repeat(32));
    List<InvItem> items =
        List.of(new InvItem(InvItem.MSG_BLOCK, h), new InvItem(InvItem.MSG_TX, Hash256.ZERO));
    List<InvItem> back = InvItem.decodeList(InvItem.encodeList(items));
    assertThat(back).isEqualTo(items);
    assertThat(back.get(0).isBlock()).isTrue();
    assertThat(back.get(1).isBlock()).isFalse();
    assertThat(new InvItem(InvItem.MSG_BLOCK | InvItem.MSG_WITNESS_FLAG, h).isBlock()).isTrue();
    // A count of 2^32-1 with no entries must fail before allocating.
    assertThatThrownBy(() -> InvItem.decodeList(Hex.decode("feffffffff")))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void versionRoundTrips() {
    VersionMessage v =
        new VersionMessage(70016, VersionMessage.SERVICES, 1_700_000_000L, -5L, "/x:1/", 7, true);
    assertThat(VersionMessage.decode(v.encode())).isEqualTo(v);
    assertThat(v.encode()).hasSize(4 + 8 + 8 + 26 + 26 + 8 + 1 + 5 + 4 + 1);
  }
}
