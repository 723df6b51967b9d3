package org.p2poolj.coin.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.testkit.GoldenVectors;

class Sha256ResumableTest {
  @Test
  void hashLinkVectorsExportAndResume() {
    JsonNode vectors = GoldenVectors.load("pack_primitives_and_hash_link.json").get("hash_link");
    assertThat(vectors).hasSize(8);
    for (JsonNode v : vectors) {
      byte[] prefix = Hex.decode(v.get("prefix_hex").asText());
      byte[] data = Hex.decode(v.get("data_hex").asText());
      byte[] constEnding = Hex.decode(v.get("const_ending_hex").asText());
      JsonNode link = v.get("hash_link");
      long length = link.get("length").asLong();
      byte[] state = Hex.decode(link.get("state").asText());
      byte[] extra = Hex.decode(link.get("extra_data").asText());

      // Export, as prefix_to_hash_link does.
      Sha256Resumable exported = Sha256Resumable.fresh().update(prefix);
      assertThat(Hex.encode(exported.stateBytes())).isEqualTo(link.get("state").asText());
      assertThat(exported.bytesProcessed()).isEqualTo(length);
      byte[] tail = exported.pendingTail();
      assertThat(tail).hasSize((int) (length % 64));
      int keep = Math.max(0, tail.length - constEnding.length);
      assertThat(Arrays.copyOf(tail, keep)).isEqualTo(extra);

      // Resume, as check_hash_link does: the tail is rebuilt from extra_data and the constant.
      byte[] joined = new byte[extra.length + constEnding.length];
      System.arraycopy(extra, 0, joined, 0, extra.length);
      System.arraycopy(constEnding, 0, joined, extra.length, constEnding.length);
      int extraLen = (int) (length % 64);
      byte[] rebuilt = Arrays.copyOfRange(joined, joined.length - extraLen, joined.length);
      byte[] inner = Sha256Resumable.fromState(state, length, rebuilt).update(data).digest();
      Hash256 gentxHash = Hash256.wrap(Sha256.hash(inner));
      assertThat(gentxHash.toHex()).isEqualTo(v.get("expected_hash256_le_int").asText());

      byte[] whole = new byte[prefix.length + data.length];
      System.arraycopy(prefix, 0, whole, 0, prefix.length);
      System.arraycopy(data, 0, whole, prefix.length, data.length);
      assertThat(gentxHash).isEqualTo(Sha256d.hash256(whole));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9, 10, 11})
  void matchesTheJdkDigestAtEverySplitPoint(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 40; i++) {
      byte[] msg = new byte[rnd.nextInt(300)];
      rnd.nextBytes(msg);
      int split = rnd.nextInt(msg.length + 1);
      Sha256Resumable first = Sha256Resumable.fresh().update(msg, 0, split);
      byte[] resumed =
          Sha256Resumable.fromState(first.stateBytes(), first.bytesProcessed(), first.pendingTail())
              .update(msg, split, msg.length - split)
              .digest();
      assertThat(resumed).isEqualTo(Sha256.hash(msg));
      assertThat(Sha256Resumable.fresh().update(msg).digest()).isEqualTo(Sha256.hash(msg));
    }
  }

  @Test
  void digestDoesNotDisturbTheRunningState() {
    Sha256Resumable h = Sha256Resumable.fresh().update(new byte[70]);
    h.digest();
    h.update(new byte[10]);
    assertThat(h.digest()).isEqualTo(Sha256.hash(new byte[80]));
  }

  @Test
  void resumeRejectsATailThatDoesNotMatchTheLength() {
    assertThatThrownBy(() -> Sha256Resumable.fromState(new byte[32], 70, new byte[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 6");
    assertThatThrownBy(() -> Sha256Resumable.fromState(new byte[31], 0, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knownAnswers() {
    assertThat(Hex.encode(Sha256Resumable.fresh().update("abc".getBytes()).digest()))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Hex.encode(Sha256d.hash(new byte[0])))
        .isEqualTo("5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456");
  }
}
