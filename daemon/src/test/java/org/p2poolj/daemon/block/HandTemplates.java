package org.p2poolj.daemon.block;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxIn;
import org.p2poolj.coin.tx.TxOut;

/** Hand-built bitcoind-style templates (no MWEB) from seeded random transactions. */
final class HandTemplates {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HandTemplates() {}

  static Transaction randomTx(Random r, boolean witness, Hash256 spends) {
    byte[] sig = new byte[1 + r.nextInt(100)];
    r.nextBytes(sig);
    TxIn in = new TxIn(spends, r.nextInt(4), sig, TxIn.FINAL_SEQUENCE - r.nextInt(2));
    byte[] hash = new byte[20];
    r.nextBytes(hash);
    List<TxOut> outs =
        List.of(
            new TxOut(1000 + r.nextInt(1_000_000), Scripts.p2wpkh(hash)),
            new TxOut(1000 + r.nextInt(1_000_000), Scripts.p2pkh(hash)));
    if (!witness) {
      return Transaction.of(2, List.of(in), outs, 0);
    }
    byte[] item = new byte[33 + r.nextInt(40)];
    r.nextBytes(item);
    return new Transaction(2, List.of(in), outs, List.of(List.of(item, new byte[] {1})), 0);
  }

  static Hash256 randomHash(Random r) {
    byte[] b = new byte[32];
    r.nextBytes(b);
    return Hash256.wrap(b);
  }

  /**
   * A template with {@code n} transactions; every third one spends the previous one (a dependency),
   * odd ones carry witnesses.
   */
  static ObjectNode bitcoinTemplate(Random r, int n, long height, List<String> rules) {
    ObjectNode t = MAPPER.createObjectNode();
    t.put("version", 0x20000000);
    t.putArray("rules").addAll(rules.stream().map(MAPPER.getNodeFactory()::textNode).toList());
    t.put("previousblockhash", randomHash(r).toHex());
    ArrayNode txs = t.putArray("transactions");
    List<Transaction> built = new ArrayList<>();
    long fees = 0;
    for (int i = 0; i < n; i++) {
      boolean dependent = i % 3 == 2;
      Hash256 spends = dependent ? built.get(i - 1).txid() : randomHash(r);
      Transaction tx = randomTx(r, i % 2 == 1, spends);
      built.add(tx);
      ObjectNode e = txs.addObject();
      e.put("data", Hex.encode(tx.serialize()));
      e.put("txid", tx.txid().toHex());
      e.put("hash", tx.wtxid().toHex());
      ArrayNode deps = e.putArray("depends");
      if (dependent) {
        deps.add(i); // 1-based index of the previous transaction
      }
      long fee = 100 + r.nextInt(10_000);
      fees += fee;
      e.put("fee", fee);
      e.put("sigops", 4);
      e.put("weight", tx.weight());
    }
    t.putObject("coinbaseaux");
    t.put("coinbasevalue", 625_000_000L + fees);
    t.put("longpollid", "x" + height);
    t.put("target", "7fffff" + "00".repeat(29));
    t.put("mintime", 1_700_000_000L);
    t.put("curtime", 1_700_000_100L);
    t.put("bits", "207fffff");
    t.put("height", height);
    t.put("sizelimit", 4_000_000);
    t.put("weightlimit", 4_000_000);
    t.put("sigoplimit", 80_000);
    return t;
  }
}
