package org.p2poolj.share.gentx;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.ShareInfo;

/**
 * The result of generate_transaction: the recomputed {@code share_info}, the coinbase outputs in
 * order, its stripped bytes and txid, and (v17-v33) the other transactions it commits to.
 */
public record Generated(
    ShareInfo shareInfo,
    List<TxOut> outputs,
    byte[] strippedGentx,
    Hash256 gentxTxid,
    boolean segwit,
    List<Hash256> otherTxHashes) {
  public Generated {
    outputs = List.copyOf(outputs);
    strippedGentx = strippedGentx.clone();
    otherTxHashes = List.copyOf(otherTxHashes);
  }

  @Override
  public byte[] strippedGentx() {
    return strippedGentx.clone();
  }

  public int strippedSize() {
    return strippedGentx.length;
  }
}
