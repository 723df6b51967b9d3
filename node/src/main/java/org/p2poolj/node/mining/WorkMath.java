package org.p2poolj.node.mining;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.share.SegwitData;

/** The pure pieces of job making: coinbase script, donation, segwit data, the stratum split. */
public final class WorkMath {
  /** The coinbase scriptSig limit of consensus (and p2pool's {@code [:100]}). */
  public static final int MAX_COINBASE_SCRIPT = 100;

  /** Bytes of the stripped gentx after coinb1: last_txout_nonce (8) and lock_time (4). */
  public static final int NONCE_AND_LOCKTIME = 12;

  private WorkMath() {}

  /**
   * BIP34 height push then the operator's text, cut to 100 bytes; padded with a zero byte to the
   * consensus minimum of 2 bytes (only for heights 1..16, whose push is one opcode).
   */
  public static byte[] coinbaseScript(long height, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Scripts.bip34Height(height));
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    byte[] script = Arrays.copyOf(out.toByteArray(), Math.min(out.size(), MAX_COINBASE_SCRIPT));
    return script.length >= 2 ? script : Arrays.copyOf(script, 2);
  }

  /** {@code donation_percent * 65535 / 100}, rounded to the nearest unit, clipped to u16. */
  public static int donation(double percent) {
    long v = Math.round(percent * 65535.0 / 100.0);
    return (int) Math.max(0, Math.min(65535, v));
  }

  /**
   * The share's segwit data for a template's transactions in block order (HogEx last): txid merkle
   * branch of the coinbase over {@code [coinbase] + txids}, and the witness root over {@code [0] +
   * wtxids}.
   */
  public static SegwitData segwitData(List<TemplateTx> txs) {
    List<Hash256> txids = new ArrayList<>(txs.size() + 1);
    List<Hash256> wtxids = new ArrayList<>(txs.size() + 1);
    txids.add(null);
    wtxids.add(Hash256.ZERO);
    for (TemplateTx tx : txs) {
      txids.add(tx.txid());
      wtxids.add(tx.wtxid());
    }
    List<Hash256> branch = txs.isEmpty() ? List.of() : Merkle.link(txids, 0).branch();
    Hash256 root = txs.isEmpty() ? Hash256.ZERO : Merkle.root(wtxids);
    return new SegwitData(branch, root);
  }

  /** Stratum coinb1: the stripped gentx without its last 12 bytes. */
  public static byte[] coinb1(byte[] strippedGentx) {
    return Arrays.copyOf(strippedGentx, strippedGentx.length - NONCE_AND_LOCKTIME);
  }

  /** Stratum coinb2: the stripped gentx's last 4 bytes (lock_time). */
  public static byte[] coinb2(byte[] strippedGentx) {
    return Arrays.copyOfRange(strippedGentx, strippedGentx.length - 4, strippedGentx.length);
  }
}
