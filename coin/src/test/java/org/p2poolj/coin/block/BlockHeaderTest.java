package org.p2poolj.coin.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.testkit.GoldenVectors;

class BlockHeaderTest {
  private static BlockHeader fromFields(JsonNode f) {
    return new BlockHeader(
        f.get("version").asLong(),
        Hash256.fromHex(f.get("previous_block").asText()),
        Hash256.fromHex(f.get("merkle_root").asText()),
        f.get("timestamp").asLong(),
        Long.parseLong(f.get("bits").asText(), 16),
        f.get("nonce").asLong());
  }

  @Test
  void bitcoinHeaderSerializesAndHashes() {
    JsonNode v = GoldenVectors.load("bitcoin_block_header_and_tx.json").get("btc_header");
    BlockHeader h = fromFields(v.get("fields"));
    assertThat(Hex.encode(h.serialize())).isEqualTo(v.get("header_hex").asText());
    assertThat(BlockHeader.parse(Hex.decode(v.get("header_hex").asText()))).isEqualTo(h);
    assertThat(h.hash().toHex()).isEqualTo(v.get("hash256").asText());
    assertThat(PowFunction.SHA256D.powHash(h.serialize())).isEqualTo(h.hash());
  }

  @Test
  void litecoinHeaderHashesAndMeetsItsScryptTarget() {
    JsonNode v = GoldenVectors.load("bitcoin_block_header_and_tx.json").get("ltc_header");
    BlockHeader h = fromFields(v.get("fields"));
    byte[] wire = h.serialize();
    assertThat(Hex.encode(wire)).isEqualTo(v.get("header_hex").asText());
    assertThat(h.hash().toHex()).isEqualTo(v.get("hash256").asText());
    Hash256 pow = PowFunction.SCRYPT.powHash(wire);
    assertThat(pow.toHex()).isEqualTo(v.get("scrypt_pow").asText());
    assertThat(pow.toBigInteger()).isLessThanOrEqualTo(CompactTarget.decode(h.bits()));
  }

  @Test
  void parseIsStrict() {
    assertThatThrownBy(() -> BlockHeader.parse(new byte[79]))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> BlockHeader.parse(new byte[81]))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("trailing");
  }
}
