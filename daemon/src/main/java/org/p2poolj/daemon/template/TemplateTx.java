package org.p2poolj.daemon.template;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * One transaction of a template, kept as the daemon's raw bytes with the daemon's ids, because
 * Litecoin's HogEx (flag {@code 0x08}) is not a BIP144 transaction and must be passed through.
 *
 * @param data the serialization to put in the block, as given
 * @param txid the id for the merkle root
 * @param wtxid the id for the witness root (the daemon's "hash")
 * @param depends 0-based indices of earlier template transactions this one spends from
 * @param fee in base units
 * @param weight BIP141 weight as the daemon computed it
 */
public record TemplateTx(
    byte[] data,
    Hash256 txid,
    Hash256 wtxid,
    List<Integer> depends,
    long fee,
    int sigops,
    int weight) {
  /** Litecoin's MWEB serialization flag bit. */
  public static final int MWEB_FLAG = 0x08;

  public TemplateTx {
    data = data.clone();
    depends = List.copyOf(depends);
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Size in bytes of the serialization as given. */
  public int size() {
    return data.length;
  }

  /**
   * True for Litecoin's integrating (HogEx) transaction: extended serialization (marker 0) with the
   * MWEB flag bit.
   */
  public boolean isHogEx() {
    return data.length > 6 && data[4] == 0 && (data[5] & MWEB_FLAG) != 0;
  }

  /** True when the serialization carries witness data (marker 0, flag bit 1). */
  public boolean hasWitness() {
    return data.length > 6 && data[4] == 0 && (data[5] & 0x01) != 0;
  }
}
