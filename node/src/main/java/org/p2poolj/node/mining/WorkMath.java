package org.p2poolj.node.mining;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    return SegwitData.fromTransactions(
        txs.stream().map(TemplateTx::txid).toList(), txs.stream().map(TemplateTx::wtxid).toList());
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
