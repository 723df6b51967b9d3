package org.p2poolj.node.chain;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.p2poolj.coin.chain.Coin;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.verify.FeeCheck;

/**
 * JT's v17-v33 excess-reward bound: {@code SUBSIDY_FUNC(height of previous block + 1)} plus the
 * fees of the share's transactions. Unknown when the block's height or any fee is unknown, and then
 * the share is not judged (as JT does).
 */
public final class SubsidyCheck implements FeeCheck {
  private final Coin coin;
  private final KnownTransactions known;
  private final Function<Hash256, OptionalLong> blockHeight;

  /**
   * @param blockHeight the main-chain height of a block, empty when unknown
   */
  public SubsidyCheck(
      Coin coin, KnownTransactions known, Function<Hash256, OptionalLong> blockHeight) {
    this.coin = coin;
    this.known = known;
    this.blockHeight = blockHeight;
  }

  @Override
  public OptionalLong maxSubsidy(Hash256 previousBlock, List<Hash256> otherTxHashes) {
    OptionalLong fees = known.totalFees(otherTxHashes);
    if (fees.isEmpty()) {
      return fees;
    }
    OptionalLong height = blockHeight.apply(previousBlock);
    if (height.isEmpty()) {
      return height;
    }
    return OptionalLong.of(coin.p2poolSubsidy(height.getAsLong() + 1) + fees.getAsLong());
  }
}
