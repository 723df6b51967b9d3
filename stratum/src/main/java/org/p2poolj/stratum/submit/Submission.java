package org.p2poolj.stratum.submit;

import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.username.ResolvedWorker;

/**
 * A verified submit handed to the node.
 *
 * @param job the job it was made for; {@code job.spec().context()} is the node's share data
 * @param meetsShare the PoW hash is at or below the job's share target
 * @param meetsBlock the PoW hash is at or below the job's block target
 * @param lastTxoutNonce {@code xn1 || xn2} read as a little-endian u64, the share's nonce field
 * @param coinbase the stripped gentx the miner hashed
 * @param header the 80-byte header, parsed
 * @param powHash the chain's proof-of-work hash of the header
 */
public record Submission(
    StratumJob job,
    long sessionId,
    ResolvedWorker worker,
    boolean meetsShare,
    boolean meetsBlock,
    long lastTxoutNonce,
    byte[] coinbase,
    BlockHeader header,
    Hash256 powHash) {

  public ShareKind kind() {
    return meetsBlock ? ShareKind.BLOCK : meetsShare ? ShareKind.SHARE : ShareKind.PSEUDOSHARE;
  }

  public byte[] header80() {
    return header.serialize();
  }
}
