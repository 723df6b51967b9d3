package org.p2poolj.share.verify;

import java.util.List;
import java.util.OptionalLong;
import org.p2poolj.coin.hash.Hash256;

/**
 * JT's v17-v33 excess-reward check needs the block height of the share's previous block (for {@code
 * SUBSIDY_FUNC}) and the fees of its transactions, which only the node knows. It answers the
 * largest allowed subsidy, or empty when a fee or the height is unknown (then JT skips it).
 */
@FunctionalInterface
public interface FeeCheck {
  OptionalLong maxSubsidy(Hash256 previousBlock, List<Hash256> otherTxHashes);

  /** No information: the check never marks a share naughty. */
  FeeCheck NONE = (block, txs) -> OptionalLong.empty();
}
