package org.p2poolj.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.testkit.GoldenVectors;

/** Every message of {@code p2p_message_framing.json} decodes and re-encodes byte for byte. */
class FramingVectorsTest {
  static Stream<JsonNode> messages() {
    List<JsonNode> out = new ArrayList<>();
    GoldenVectors.load("p2p_message_framing.json").path("messages").forEach(out::add);
    return out.stream();
  }

  @Test
  void vectorFileCoversEveryCommandItClaims() {
    List<String> commands = messages().map(m -> m.path("command").asText()).toList();
    assertThat(commands)
        .contains(
            "version",
            "ping",
            "addrme",
            "getaddrs",
            "addrs",
            "sharereq",
            "sharereply",
            "shares",
            "have_tx");
  }

  @ParameterizedTest
  @MethodSource("messages")
  void decodeThenEncodeIsByteExact(JsonNode v) {
    byte[] prefix = Hex.decode(v.path("prefix").asText());
    byte[] framed = Hex.decode(v.path("framed_hex").asText());
    byte[] payload = Hex.decode(v.path("payload_hex").asText());
    Framing framing = new Framing(prefix, Framing.DEFAULT_MAX_PAYLOAD);

    FrameDecoder decoder = framing.decoder();
    decoder.feed(framed);
    Optional<FrameEvent> event = decoder.next();
    assertThat(event).containsInstanceOf(FrameEvent.Frame.class);
    FrameEvent.Frame frame = (FrameEvent.Frame) event.orElseThrow();
    assertThat(frame.command()).isEqualTo(v.path("command").asText());
    assertThat(frame.payload()).isEqualTo(payload);
    assertThat(decoder.next()).isEmpty();
    assertThat(decoder.junkBytes()).isZero();

    Message m = Messages.decode(frame.command(), frame.payload()).orElseThrow();
    assertThat(m.command()).isEqualTo(frame.command());
    assertThat(Messages.encode(m)).isEqualTo(payload);
    assertThat(framing.frame(m)).isEqualTo(framed);
    checkFields(m, v.path("payload_fields").asText());
  }

  /** Cross-checks decoded fields against the Python repr of the generating values. */
  private static void checkFields(Message m, String fields) {
    switch (m) {
      case Message.Version ver -> {
        assertThat(ver.version()).isEqualTo(num(fields, "'version': (\\d+)"));
        assertThat(ver.nonce()).isEqualTo(num(fields, "'nonce': (\\d+)"));
        assertThat(ver.mode()).isEqualTo(1);
        assertThat(ver.subVersion()).isEqualTo(str(fields, "'sub_version': '([^']*)'"));
        assertThat(ver.addrTo().host()).isEqualTo("203.0.113.7");
        assertThat(ver.addrFrom().host()).isEqualTo("192.0.2.1");
        assertThat(ver.addrTo().port()).isEqualTo(9333);
        if (fields.contains("'best_share_hash': None")) {
          assertThat(ver.bestShareHash()).isEmpty();
        } else {
          long best = num(fields, "'best_share_hash': (\\d+)");
          assertThat(ver.bestShareHash())
              .contains(Hash256.fromBigInteger(BigInteger.valueOf(best)));
        }
      }
      case Message.AddrMe a -> assertThat(a.port()).isEqualTo(num(fields, "'port': (\\d+)"));
      case Message.GetAddrs g -> assertThat(g.count()).isEqualTo(num(fields, "'count': (\\d+)"));
      case Message.Addrs a -> {
        assertThat(a.addrs()).hasSize(1);
        assertThat(a.addrs().getFirst().timestamp()).isEqualTo(num(fields, "'timestamp': (\\d+)"));
        assertThat(a.addrs().getFirst().address().host())
            .isEqualTo(str(fields, "'address': '([0-9.]+)'"));
        assertThat(a.addrs().getFirst().address().port()).isEqualTo(num(fields, "'port': (\\d+)"));
      }
      case Message.ShareReq q -> {
        assertThat(q.id().toBigInteger()).isEqualTo(big(fields, "'id': (\\d+)"));
        assertThat(q.parents()).isEqualTo(num(fields, "'parents': (\\d+)"));
        assertThat(q.hashes()).hasSize(1);
        assertThat(q.hashes().getFirst().toBigInteger())
            .isEqualTo(big(fields, "'hashes': \\[(\\d+)"));
        assertThat(q.stops()).isEmpty();
      }
      case Message.ShareReply r -> {
        assertThat(r.result()).isEqualTo(ShareReplyResult.GOOD);
        assertThat(r.shares()).hasSize(1);
        assertThat(r.shares().getFirst().type()).isEqualTo(35);
      }
      case Message.Shares s -> {
        assertThat(s.shares()).hasSize(1);
        assertThat(s.shares().getFirst().type()).isEqualTo(35);
      }
      case Message.HaveTx h -> {
        assertThat(h.txHashes()).hasSize(1);
        assertThat(h.txHashes().getFirst().toBigInteger())
            .isEqualTo(big(fields, "'tx_hashes': \\[(\\d+)"));
      }
      default -> assertThat(fields).isEqualTo("{}");
    }
  }

  private static long num(String s, String regex) {
    return big(s, regex).longValueExact();
  }

  private static BigInteger big(String s, String regex) {
    return new BigInteger(str(s, regex));
  }

  private static String str(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    assertThat(m.find()).as("%s in %s", regex, s).isTrue();
    return m.group(1);
  }
}
