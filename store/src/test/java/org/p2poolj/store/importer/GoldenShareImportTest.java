package org.p2poolj.store.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteShareStore;
import org.p2poolj.testkit.GoldenVectors;

/**
 * Real v35 shares from the golden vectors, written in the Python node's file format, imported and
 * stored: the store must hand back byte-identical {@code share_type} bytes. The share hashes come
 * from the vectors (computing them is the share chain's job).
 */
class GoldenShareImportTest {
  @TempDir Path dir;

  @Test
  void importsTheSyntheticChainAndStoresItByteForByte() throws Exception {
    JsonNode chain = GoldenVectors.load("share_v35_ltc_testnet_synthetic_chain.json");
    JsonNode real = GoldenVectors.load("share_v35_ltc_testnet_real.json");
    Map<String, Hash256> hashByWire = new HashMap<>();
    List<String> wires = new ArrayList<>();
    List<JsonNode> shares = new ArrayList<>();
    for (JsonNode s : chain.get("shares")) {
      shares.add(s);
      wires.add(s.get("wire_share_hex").asText());
      hashByWire.put(s.get("wire_share_hex").asText(), hash(s.get("derived")));
    }
    wires.add(real.get("wire_share_hex").asText());
    hashByWire.put(real.get("wire_share_hex").asText(), hash(real.get("derived")));

    StringBuilder file = new StringBuilder();
    for (int i = 0; i < wires.size(); i++) {
      file.append("5 ").append(wires.get(i)).append('\n');
      if (i % 2 == 0) {
        file.append(ReferenceFiles.verifiedLine(hashByWire.get(wires.get(i)))).append('\n');
      }
    }
    Files.writeString(dir.resolve("shares.0"), file);

    ReferenceShareImporter importer =
        new ReferenceShareImporter(b -> hashByWire.get(Hex.encode(b)), Clock.systemUTC());
    try (SqliteShareStore store =
        SqliteShareStore.open(dir.resolve("shares.db"), Clock.systemUTC())) {
      ImportResult r = importer.importInto(dir, store);

      assertThat(r.malformed()).isEmpty();
      assertThat(r.shares()).hasSize(wires.size());
      for (int i = 0; i < shares.size(); i++) {
        StoredShare got = r.shares().get(i);
        assertThat(got.type()).isEqualTo(shares.get(i).get("share_type_version").asInt());
        assertThat(Hex.encode(got.contents()))
            .isEqualTo(shares.get(i).get("contents_hex").asText());
      }
      List<StoredShare> loaded = store.loadAll();
      for (int i = 0; i < wires.size(); i++) {
        Hash256 h = hashByWire.get(wires.get(i));
        assertThat(loaded.get(i).hash()).isEqualTo(h);
        assertThat(loaded.get(i).verified()).isEqualTo(i % 2 == 0);
        assertThat(Hex.encode(store.get(h).orElseThrow())).isEqualTo(wires.get(i));
      }
    }
  }

  private static Hash256 hash(JsonNode derived) {
    return Hash256.fromHex(derived.get("share_hash").asText());
  }
}
