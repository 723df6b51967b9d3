package org.p2poolj.daemon.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;

/**
 * Parses a getblocktemplate result strictly. Every field the block builder relies on is checked for
 * presence, type and range, so a malformed template fails here with the field's name rather than
 * later as a rejected block.
 */
public final class BlockTemplateParser {
  /** Upper bound on template transactions; a 4 MWU block cannot hold more than ~25k. */
  public static final int MAX_TRANSACTIONS = 100_000;

  private static final long UINT32_MAX = 0xffff_ffffL;
  private static final long MAX_MONEY = 84_000_000L * 100_000_000L;

  private BlockTemplateParser() {}

  public static BlockTemplate parse(JsonNode result) {
    if (result == null || !result.isObject()) {
      throw new TemplateException(
          "(result)", "expected an object, got " + JsonFields.brief(result));
    }
    JsonFields f = new JsonFields(result, "");
    long bits = f.hexNumber("bits", 8).longValue();
    List<TemplateTx> txs = transactions(f.require("transactions"));
    Optional<byte[]> mweb = f.has("mweb") ? Optional.of(f.hex("mweb")) : Optional.empty();
    checkHogEx(txs, mweb.isPresent());
    long curTime = f.uint("curtime", UINT32_MAX);
    return new BlockTemplate(
        f.uint("version", UINT32_MAX),
        f.hash("previousblockhash"),
        txs,
        f.uint("coinbasevalue", MAX_MONEY),
        f.has("longpollid") ? f.text("longpollid") : "",
        f.has("target") ? f.hexNumber("target", 64) : BigInteger.ZERO,
        f.uintOr("mintime", UINT32_MAX, curTime),
        curTime,
        bits,
        f.uint("height", UINT32_MAX),
        f.uintOr("sizelimit", UINT32_MAX, 1_000_000),
        f.uintOr("weightlimit", UINT32_MAX, 4_000_000),
        f.uintOr("sigoplimit", UINT32_MAX, 80_000),
        rules(f),
        f.has("default_witness_commitment")
            ? Optional.of(f.hex("default_witness_commitment"))
            : Optional.empty(),
        mweb,
        coinbaseFlags(f));
  }

  private static List<String> rules(JsonFields f) {
    List<String> rules = new ArrayList<>();
    if (f.has("rules")) {
      JsonNode array = f.require("rules");
      if (!array.isArray()) {
        throw new TemplateException("rules", "expected an array");
      }
      array.forEach(r -> rules.add(r.asText()));
    }
    return rules;
  }

  private static byte[] coinbaseFlags(JsonFields f) {
    if (!f.has("coinbaseaux")) {
      return new byte[0];
    }
    JsonFields aux = new JsonFields(f.require("coinbaseaux"), "coinbaseaux");
    return aux.has("flags") ? aux.hex("flags") : new byte[0];
  }

  private static List<TemplateTx> transactions(JsonNode array) {
    if (!array.isArray()) {
      throw new TemplateException("transactions", "expected an array");
    }
    if (array.size() > MAX_TRANSACTIONS) {
      throw new TemplateException("transactions", "too many: " + array.size());
    }
    List<TemplateTx> txs = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      txs.add(transaction(array.get(i), i));
    }
    return txs;
  }

  private static TemplateTx transaction(JsonNode node, int index) {
    String prefix = "transactions[" + index + "]";
    if (!node.isObject()) {
      throw new TemplateException(prefix, "expected an object");
    }
    JsonFields f = new JsonFields(node, prefix);
    byte[] data = f.hex("data");
    if (data.length < 10) {
      throw new TemplateException(f.name("data"), "too short for a transaction: " + data.length);
    }
    Hash256 txid = f.hash("txid");
    Hash256 wtxid = f.has("hash") ? f.hash("hash") : txid;
    TemplateTx tx =
        new TemplateTx(
            data,
            txid,
            wtxid,
            depends(f, index),
            f.uintOr("fee", MAX_MONEY, 0),
            (int) f.uintOr("sigops", Integer.MAX_VALUE, 0),
            (int) f.uintOr("weight", Integer.MAX_VALUE, 4L * data.length));
    if (!tx.isHogEx()) {
      checkIds(tx, prefix);
    }
    return tx;
  }

  /**
   * The txid and wtxid must be those of the data: a mismatch would give a block whose merkle root
   * or witness commitment does not match its transactions. The HogEx is not a BIP144 transaction
   * and is taken as given.
   */
  private static void checkIds(TemplateTx tx, String prefix) {
    Transaction parsed;
    try {
      parsed = Transaction.parse(tx.data());
    } catch (ProtocolException | IllegalArgumentException e) {
      throw new TemplateException(prefix + ".data", "not a transaction: " + e.getMessage(), e);
    }
    if (!parsed.txid().equals(tx.txid())) {
      throw new TemplateException(
          prefix + ".txid", "does not match the data (" + parsed.txid() + ")");
    }
    if (!parsed.wtxid().equals(tx.wtxid())) {
      throw new TemplateException(
          prefix + ".hash", "does not match the data (" + parsed.wtxid() + ")");
    }
  }

  private static List<Integer> depends(JsonFields f, int index) {
    if (!f.has("depends")) {
      return List.of();
    }
    JsonNode array = f.require("depends");
    if (!array.isArray()) {
      throw new TemplateException(f.name("depends"), "expected an array");
    }
    List<Integer> out = new ArrayList<>();
    for (JsonNode d : array) {
      // GBT numbers transactions from 1; a dependency must come earlier in the list.
      if (!d.isIntegralNumber() || d.asLong() < 1 || d.asLong() > index) {
        throw new TemplateException(
            f.name("depends"), "must name an earlier transaction (1.." + index + "), got " + d);
      }
      out.add(d.asInt() - 1);
    }
    return out;
  }

  private static void checkHogEx(List<TemplateTx> txs, boolean mwebPresent) {
    for (int i = 0; i < txs.size(); i++) {
      boolean last = i == txs.size() - 1;
      if (txs.get(i).isHogEx() && (!last || !mwebPresent)) {
        throw new TemplateException(
            "transactions[" + i + "]",
            last
                ? "MWEB transaction without the 'mweb' block"
                : "MWEB (HogEx) transaction not last");
      }
    }
    if (mwebPresent && (txs.isEmpty() || !txs.getLast().isHogEx())) {
      throw new TemplateException(
          "mweb", "MWEB block present but the last transaction is no HogEx");
    }
  }
}
