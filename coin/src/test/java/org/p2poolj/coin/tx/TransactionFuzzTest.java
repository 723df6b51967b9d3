package org.p2poolj.coin.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

/** Mutated and random inputs either parse or fail with ProtocolException, nothing else. */
class TransactionFuzzTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void mutatedTransactionsFailOnlyWithProtocolException(long seed) {
    Random rnd = new Random(seed);
    byte[] valid =
        new Transaction(
                2,
                List.of(
                    new TxIn(Hash256.ZERO, 1, new byte[30], 5),
                    new TxIn(Hash256.ZERO, 2, new byte[300], 6)),
                List.of(new TxOut(1, new byte[22]), new TxOut(2, new byte[34])),
                List.of(List.of(new byte[72], new byte[33]), List.of()),
                0)
            .serialize();
    int parsed = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] b = valid.clone();
      for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
        b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
      }
      try {
        Transaction tx = Transaction.parse(b);
        assertThat(tx.serialize()).isEqualTo(b);
        parsed++;
      } catch (ProtocolException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
    // Most single-byte changes land in scripts or values and still parse.
    assertThat(parsed).isGreaterThan(100);
  }

  @Test
  void hugeCountsAreRefusedWithoutAllocating() {
    // version, then an input count of 2^32-1 with nothing behind it.
    assertThatThrownBy(() -> Transaction.parse(Hex.decode("01000000feffffffff")))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("list count");
    assertThatThrownBy(
            () -> Transaction.parse(Hex.decode("0100000000" + "01" + "ffffffffffffffffff")))
        .isInstanceOf(ProtocolException.class);
  }
}
