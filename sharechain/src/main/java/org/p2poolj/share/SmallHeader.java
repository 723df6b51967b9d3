package org.p2poolj.share;

import org.p2poolj.coin.hash.Hash256;

/**
 * The block header without its merkle root ("min_header"). {@code version} is a VarInt on the wire,
 * so it may exceed 32 bits; such a share cannot form a header and is rejected later. A null {@code
 * previousBlock} is p2pool's None (32 zero bytes).
 */
public record SmallHeader(
    long version, Hash256 previousBlock, long timestamp, long bits, long nonce) {}
