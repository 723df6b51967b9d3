package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

class BlockBuilderTest {
  private static final byte[] TX_A = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  private static final byte[] TX_B = {2, 0, 0, 0, 1, 2, 3};
  private static final byte[] MWEB = {9, 8, 7, 6};

  private static BlockTemplate template(Optional<byte[]> mweb) {
    return new BlockTemplate(
        0x20000000L,
        Hash256.ZERO,
        List.of(tx(TX_A), tx(TX_B)),
        5_000_000_000L,
        "",
        BigInteger.ONE.shiftLeft(255),
        0,
        0,
        0x207fffffL,
        600,
        1_000_000,
        4_000_000,
        80_000,
        List.of("segwit"),
        Optional.empty(),
        mweb,
        new byte[0]);
  }

  private static TemplateTx tx(byte[] data) {
    return new TemplateTx(data, Hash256.ZERO, Hash256.ZERO, List.of(), 0, 0, data.length * 4);
  }

  private static byte[] gentx() {
    return Transaction.of(
            1,
            List.of(
                new TxIn(Hash256.ZERO, TxIn.COINBASE_INDEX, new byte[] {2, 88, 2}, 0xffffffffL)),
            List.of(new TxOut(5_000_000_000L, new byte[] {0x51})),
            0)
        .serialize();
  }

  @Test
  void ourGentxInWitnessFormThenTheTemplateTransactionsThenTheMwebBlob() {
    byte[] stripped = gentx();
    BlockHeader header =
        new BlockHeader(0x20000000L, Hash256.ZERO, Hash256.ZERO, 1, 0x207fffffL, 7);
    byte[] block = BlockBuilder.build(template(Optional.of(MWEB)), header, stripped, true);

    ByteReader r = new ByteReader(block);
    assertThat(r.bytes(80)).isEqualTo(header.serialize());
    assertThat(r.varInt()).isEqualTo(3);
    Transaction coinbase = Transaction.read(r);
    assertThat(coinbase.serializeStripped()).isEqualTo(stripped);
    assertThat(coinbase.witnesses()).hasSize(1);
    assertThat(new String(coinbase.witnesses().getFirst().getFirst(), StandardCharsets.US_ASCII))
        .isEqualTo("[P2Pool]".repeat(4));
    assertThat(r.bytes(TX_A.length)).isEqualTo(TX_A);
    assertThat(r.bytes(TX_B.length)).isEqualTo(TX_B);
    assertThat(r.u8()).isEqualTo(1);
    assertThat(r.bytes(MWEB.length)).isEqualTo(MWEB);
    assertThat(r.hasRemaining()).isFalse();
  }

  @Test
  void withoutSegwitTheCoinbaseStaysStrippedAndWithoutMwebNothingFollows() {
    byte[] stripped = gentx();
    BlockHeader header =
        new BlockHeader(0x20000000L, Hash256.ZERO, Hash256.ZERO, 1, 0x207fffffL, 7);
    byte[] block = BlockBuilder.build(template(Optional.empty()), header, stripped, false);
    int expected = 80 + 1 + stripped.length + TX_A.length + TX_B.length;
    assertThat(block).hasSize(expected);
    assertThat(Arrays.copyOfRange(block, 81, 81 + stripped.length)).isEqualTo(stripped);
  }
}
