package org.p2poolj.coin.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.testkit.GoldenVectors;

class TransactionTest {
  @Test
  void coinbaseVector() {
    JsonNode v = GoldenVectors.load("bitcoin_block_header_and_tx.json").get("coinbase_tx");
    byte[] wire = Hex.decode(v.get("tx_hex").asText());
    Transaction tx = Transaction.parse(wire);
    assertThat(tx.serialize()).isEqualTo(wire);
    assertThat(tx.txid().toHex()).isEqualTo(v.get("txid").asText());
    assertThat(tx.wtxid()).isEqualTo(tx.txid());
    assertThat(tx.isCoinbase()).isTrue();
    assertThat(tx.hasWitness()).isFalse();
    assertThat(tx.size()).isEqualTo(wire.length);
    assertThat(tx.weight()).isEqualTo(4 * wire.length);
  }

  @Test
  void everyTruncationAndTrailingByteIsRejected() {
    byte[] wire = witnessTx().serialize();
    for (int cut = 0; cut < wire.length; cut++) {
      byte[] part = Arrays.copyOf(wire, cut);
      assertThatThrownBy(() -> Transaction.parse(part))
          .as("cut at %d", cut)
          .isInstanceOf(ProtocolException.class);
    }
    byte[] longer = Arrays.copyOf(wire, wire.length + 1);
    assertThatThrownBy(() -> Transaction.parse(longer))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void witnessFormHashesAndSizes() {
    Transaction tx = witnessTx();
    assertThat(tx.hasWitness()).isTrue();
    byte[] full = tx.serialize();
    byte[] stripped = tx.serializeStripped();
    assertThat(full[4]).isZero();
    assertThat(full[5]).isEqualTo((byte) 1);
    // Stripped form plus marker, flag and the witness: item count, item length, 2 bytes.
    assertThat(full.length).isEqualTo(stripped.length + 2 + 1 + 1 + 2);
    assertThat(tx.weight()).isEqualTo(3 * stripped.length + full.length);
    assertThat(tx.txid()).isNotEqualTo(tx.wtxid());
    assertThat(Transaction.parse(full)).isEqualTo(tx);
    assertThat(Transaction.parse(stripped).txid()).isEqualTo(tx.txid());
  }

  @Test
  void unsupportedFlagAndSuperfluousWitnessAreRejected() {
    byte[] wire = witnessTx().serialize();
    wire[5] = 8;
    assertThatThrownBy(() -> Transaction.parse(wire))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("flag 8");
    Transaction noWit = witnessTx();
    ByteWriter w = new ByteWriter().u32le(1).u8(0).u8(1);
    byte[] body = noWit.serializeStripped();
    w.bytes(body, 4, body.length - 8).u8(0).u32le(0);
    assertThatThrownBy(() -> Transaction.parse(w.toByteArray()))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("superfluous");
  }

  @Test
  void recordsAreImmutable() {
    byte[] script = {1, 2, 3};
    TxOut out = new TxOut(5, script);
    script[0] = 9;
    assertThat(out.script()[0]).isEqualTo((byte) 1);
    out.script()[0] = 9;
    assertThat(out.script()[0]).isEqualTo((byte) 1);
    assertThatThrownBy(() -> new TxIn(Hash256.ZERO, -1, new byte[0], 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Transaction witnessTx() {
    TxIn in = new TxIn(Hash256.fromBigInteger(BigInteger.TEN), 3, new byte[0], 0xfffffffeL);
    TxOut out = new TxOut(12345, Hex.decode("0014751e76e8199196d454941c45d1b3a323f1433bd6"));
    return new Transaction(2, List.of(in), List.of(out), List.of(List.of(new byte[] {7, 7})), 99);
  }
}
