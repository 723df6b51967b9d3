package org.p2poolj.node.mining;

import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.share.gentx.Generated;
import org.p2poolj.share.gentx.ShareTemplate;

/**
 * What a job was made from, kept in {@code JobSpec.context} so a submit can rebuild the exact share
 * and block.
 *
 * @param template the share template (its {@code lastTxoutNonce} is a placeholder; the miner's
 *     extranonce replaces it)
 * @param generated the generated gentx and share_info
 * @param block the daemon template the job builds on (transactions, MWEB blob)
 * @param previousShare the best share the job builds on, null for a chain's first share
 * @param payoutAddress the address the share pays (the miner's, or the node's for the fee)
 */
public record JobContext(
    ShareTemplate template,
    Generated generated,
    BlockTemplate block,
    Hash256 previousShare,
    String payoutAddress) {}
