package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareKind;

/**
 * Inputs of generate_transaction. For verification these come from the received share itself (its
 * timestamp as desired timestamp, its target as desired target); for local work from the template
 * and the miner.
 */
public record GenerationRequest(
    ShareKind kind,
    ShareData shareData,
    BigInteger blockTarget,
    long desiredTimestamp,
    BigInteger desiredTarget,
    List<Hash256> refMerkleBranch,
    long lastTxoutNonce,
    SegwitData segwitData,
    List<Hash256> otherTxHashes) {
  public GenerationRequest {
    refMerkleBranch = List.copyOf(refMerkleBranch);
    otherTxHashes = List.copyOf(otherTxHashes);
  }
}
