package org.p2poolj.daemon.rpc;

/**
 * The answer of {@code getblockheader <hash> true}.
 *
 * @param confirmations -1 when the block is not on the main chain
 * @param previousBlockHash empty for the genesis block
 */
public record BlockHeaderInfo(
    String hash,
    long height,
    long confirmations,
    long version,
    String merkleRoot,
    long time,
    long bits,
    long nonce,
    String previousBlockHash,
    int txCount) {}
