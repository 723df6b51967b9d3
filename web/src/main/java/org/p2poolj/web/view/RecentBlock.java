package org.p2poolj.web.view;

import org.p2poolj.coin.hash.Hash256;

/**
 * A block found by a share in the chain.
 *
 * @param timestamp share timestamp, Unix seconds
 * @param blockHash the block's header hash
 * @param number block height parsed from the coinbase (BIP34)
 * @param share the share that solved the block
 */
public record RecentBlock(long timestamp, Hash256 blockHash, long number, Hash256 share) {}
