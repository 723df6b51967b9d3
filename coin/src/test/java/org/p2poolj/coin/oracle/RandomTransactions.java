package org.p2poolj.coin.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;
import org.p2poolj.coin.tx.TxOut;

/** Seeded random transactions covering both serializations and the VarInt size boundaries. */
final class RandomTransactions {
  private RandomTransactions() {}

  static Transaction next(Random rnd, boolean witness) {
    int nIn = 1 + rnd.nextInt(4);
    List<TxIn> in = new ArrayList<>();
    List<List<byte[]>> wit = new ArrayList<>();
    for (int i = 0; i < nIn; i++) {
      byte[] prev = new byte[32];
      rnd.nextBytes(prev);
      in.add(
          new TxIn(
              Hash256.wrap(prev),
              rnd.nextInt(3) == 0 ? 0xffffffffL : rnd.nextInt(1000),
              bytes(rnd, scriptLength(rnd)),
              rnd.nextBoolean() ? TxIn.FINAL_SEQUENCE : rnd.nextLong() & 0xffffffffL));
      List<byte[]> stack = new ArrayList<>();
      int items = witness ? rnd.nextInt(4) : 0;
      for (int j = 0; j < items; j++) {
        stack.add(bytes(rnd, rnd.nextInt(5) == 0 ? 300 : rnd.nextInt(80)));
      }
      wit.add(stack);
    }
    if (witness && wit.stream().allMatch(List::isEmpty)) {
      wit.get(0).add(bytes(rnd, 72));
    }
    int nOut = 1 + rnd.nextInt(5);
    List<TxOut> out = new ArrayList<>();
    for (int i = 0; i < nOut; i++) {
      out.add(new TxOut(rnd.nextLong(2_100_000_000_000_000L), bytes(rnd, scriptLength(rnd))));
    }
    long version = rnd.nextBoolean() ? 1 + rnd.nextInt(2) : rnd.nextInt(Integer.MAX_VALUE);
    long lockTime = rnd.nextBoolean() ? 0 : rnd.nextLong() & 0xffffffffL;
    return new Transaction(version, in, out, witness ? wit : List.of(), lockTime);
  }

  private static int scriptLength(Random rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 252 + rnd.nextInt(3);
      case 2 -> 253 + rnd.nextInt(400);
      default -> rnd.nextInt(60);
    };
  }

  private static byte[] bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }
}
