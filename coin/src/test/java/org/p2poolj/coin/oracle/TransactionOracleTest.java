package org.p2poolj.coin.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.core.TransactionOutput;
import org.bitcoinj.core.TransactionWitness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;

/** Our transaction codec and hashes against bitcoinj's, in both directions. */
class TransactionOracleTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void bitcoinjReadsWhatWeWriteIdentically(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 50; i++) {
      Transaction ours = RandomTransactions.next(rnd, rnd.nextBoolean());
      byte[] wire = ours.serialize();
      org.bitcoinj.core.Transaction theirs =
          org.bitcoinj.core.Transaction.read(ByteBuffer.wrap(wire));
      assertThat(theirs.serialize()).isEqualTo(wire);
      assertThat(ours.txid().toHex()).isEqualTo(theirs.getTxId().toString());
      assertThat(ours.wtxid().toHex()).isEqualTo(theirs.getWTxId().toString());
      assertThat(ours.weight()).isEqualTo(theirs.getWeight());
      assertThat(ours.size()).isEqualTo(theirs.messageSize());
      assertThat(ours.hasWitness()).isEqualTo(theirs.hasWitnesses());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void weReadWhatBitcoinjBuildsIdentically(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 50; i++) {
      // Build through bitcoinj's own API from a random shape, then compare serializations.
      Transaction shape = RandomTransactions.next(rnd, rnd.nextBoolean());
      org.bitcoinj.core.Transaction theirs = new org.bitcoinj.core.Transaction();
      theirs.setVersion((int) shape.version());
      theirs.setLockTime(shape.lockTime());
      List<List<byte[]>> witnesses = shape.witnesses();
      for (int k = 0; k < shape.inputs().size(); k++) {
        TxIn in = shape.inputs().get(k);
        TransactionOutPoint outPoint =
            new TransactionOutPoint(in.prevIndex(), Sha256Hash.wrap(in.prevTxid().toHex()));
        TransactionInput input =
            new TransactionInput(theirs, in.scriptSig(), outPoint).withSequence(in.sequence());
        if (!witnesses.isEmpty() && !witnesses.get(k).isEmpty()) {
          input = input.withWitness(TransactionWitness.of(witnesses.get(k)));
        }
        theirs.addInput(input);
      }
      shape
          .outputs()
          .forEach(
              o ->
                  theirs.addOutput(
                      new TransactionOutput(theirs, Coin.valueOf(o.value()), o.script())));
      byte[] wire = theirs.serialize();
      Transaction ours = Transaction.parse(wire);
      assertThat(ours.serialize()).isEqualTo(wire);
      assertThat(ours).isEqualTo(shape);
      assertThat(ours.txid().toHex()).isEqualTo(theirs.getTxId().toString());
      assertThat(ours.wtxid().toHex()).isEqualTo(theirs.getWTxId().toString());
      assertThat(ours.weight()).isEqualTo(theirs.getWeight());
      assertThat(ours.hasWitness()).isEqualTo(theirs.hasWitnesses());
    }
  }
}
