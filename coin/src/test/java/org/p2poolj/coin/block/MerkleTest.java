package org.p2poolj.coin.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.testkit.GoldenVectors;

class MerkleTest {
  private static List<Hash256> hashes(JsonNode array) {
    List<Hash256> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.isNull() ? null : Hash256.fromHex(n.asText()));
    }
    return out;
  }

  @Test
  void merkleLinkVectorsIncludingTheLargeCase() {
    JsonNode vectors = GoldenVectors.load("merkle_link_vectors.json").get("vectors");
    assertThat(vectors).hasSize(7);
    for (JsonNode v : vectors) {
      List<Hash256> leaves = hashes(v.get("hashes"));
      MerkleLink link = Merkle.link(leaves, v.get("index").asInt());
      assertThat(link.branch())
          .as(v.get("name").asText())
          .isEqualTo(hashes(v.get("expected_branch")));
      // With any value in the coinbase slot the branch must lead to the full tree's root.
      Hash256 tip =
          Hash256.fromHex("00000000000000000000000000000000000000000000000000000000000000ee");
      List<Hash256> filled = new ArrayList<>(leaves);
      filled.set(0, tip);
      assertThat(Merkle.checkLink(tip, link)).isEqualTo(Merkle.root(filled));
    }
    assertThat(vectors.get(6).get("hashes")).hasSize(2837);
    assertThat(vectors.get(6).get("expected_branch")).hasSize(12);
  }

  @Test
  void smallMerkleLinkVectors() {
    JsonNode vectors =
        GoldenVectors.load("pack_primitives_and_hash_link.json").get("merkle_link_small");
    for (JsonNode v : vectors) {
      assertThat(Merkle.link(hashes(v.get("hashes")), v.get("index").asInt()).branch())
          .isEqualTo(hashes(v.get("branch")));
    }
  }

  @Test
  void thirtyTransactionRoot() {
    JsonNode v = GoldenVectors.load("bitcoin_block_header_and_tx.json").get("merkle_hash_30");
    List<Hash256> txids = hashes(v.get("txids"));
    assertThat(txids).hasSize(30);
    assertThat(Merkle.root(txids).toHex()).isEqualTo(v.get("root").asText());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void everyLeafLinksToTheRoot(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(40);
    List<Hash256> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] b = new byte[32];
      rnd.nextBytes(b);
      leaves.add(Hash256.wrap(b));
    }
    Hash256 root = Merkle.root(leaves);
    for (int i = 0; i < n; i++) {
      assertThat(Merkle.checkLink(leaves.get(i), Merkle.link(leaves, i))).isEqualTo(root);
    }
  }

  @Test
  void edgeCases() {
    assertThat(Merkle.root(List.of())).isEqualTo(Hash256.ZERO);
    Hash256 one =
        Hash256.fromHex("0000000000000000000000000000000000000000000000000000000000000001");
    assertThat(Merkle.root(List.of(one))).isEqualTo(one);
    assertThatThrownBy(() -> Merkle.checkLink(one, new MerkleLink(List.of(one), 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
    List<Hash256> withNullLast = new ArrayList<>(List.of(one, one));
    withNullLast.add(null);
    assertThatThrownBy(() -> Merkle.link(withNullLast, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs with itself");
  }
}
