package org.p2poolj.node.runtime;

import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/**
 * A block found by this node's miners, after submission.
 *
 * @param blockHash the block's hash
 * @param height the block's height
 * @param shareHash the share the block is (its header is the share's header), empty when the
 *     solution missed the share target (cannot happen with sane targets)
 * @param payoutAddress the address the finding miner mined to
 * @param accepted true when the daemon accepted it (or already had it)
 * @param rejectReason the daemon's reason when it did not
 */
public record BlockFound(
    Hash256 blockHash,
    long height,
    Optional<Hash256> shareHash,
    String payoutAddress,
    boolean accepted,
    Optional<String> rejectReason) {}
