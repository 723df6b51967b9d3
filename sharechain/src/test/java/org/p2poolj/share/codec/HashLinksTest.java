package org.p2poolj.share.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.HashLink;
import org.p2poolj.testkit.GoldenVectors;

/** prefix_to_hash_link / check_hash_link against the pack vectors (spec §3.5). */
class HashLinksTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void allHashLinkVectors() {
    JsonNode v = GoldenVectors.load("pack_primitives_and_hash_link.json");
    int n = 0;
    for (JsonNode c : v.get("hash_link")) {
      byte[] prefix = HEX.parseHex(c.get("prefix_hex").asText());
      byte[] data = HEX.parseHex(c.get("data_hex").asText());
      byte[] cst = HEX.parseHex(c.get("const_ending_hex").asText());
      JsonNode link = c.get("hash_link");
      HashLink mid = HashLinks.midstate(prefix);
      assertThat(HEX.formatHex(mid.state())).isEqualTo(link.get("state").asText());
      assertThat(mid.length()).isEqualTo(link.get("length").asLong());
      assertThat(HEX.formatHex(HashLinks.extraData(prefix, cst)))
          .isEqualTo(link.get("extra_data").asText());
      byte[] extra = HEX.parseHex(link.get("extra_data").asText());
      assertThat(HashLinks.check(mid.state(), mid.length(), extra, data, cst).toHex())
          .isEqualTo(c.get("expected_hash256_le_int").asText());
      if (extra.length == 0) {
        assertThat(HashLinks.check(mid, data, cst).toHex())
            .isEqualTo(c.get("expected_hash256_le_int").asText());
      }
      n++;
    }
    assertThat(n).isEqualTo(8);
  }
}
