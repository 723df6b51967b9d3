package org.p2poolj.daemon.block;

import java.math.BigInteger;
import java.util.Optional;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.PowFunction;

/**
 * A bounded CPU nonce search, for regtest (target 7fffff..., about two tries per block) in the demo
 * and the tests. Real mining happens in miners over stratum.
 */
public final class NonceSearch {
  private NonceSearch() {}

  /** The first header from {@code start} whose PoW hash is at most {@code target}, if any. */
  public static Optional<BlockHeader> solve(
      BlockHeader start, PowFunction pow, BigInteger target, long maxTries) {
    for (long i = 0; i < maxTries; i++) {
      BlockHeader h = start.withNonce((start.nonce() + i) & 0xffff_ffffL);
      if (pow.powHash(h.serialize()).toBigInteger().compareTo(target) <= 0) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
