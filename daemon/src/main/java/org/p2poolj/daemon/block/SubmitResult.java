package org.p2poolj.daemon.block;

import org.p2poolj.coin.hash.Hash256;

/**
 * What became of a submitted block.
 *
 * @param detail the daemon's reject reason or error, empty when accepted
 */
public record SubmitResult(Hash256 blockHash, Outcome outcome, boolean sentP2p, String detail) {
  /** The daemon's verdict, as far as it is known. */
  public enum Outcome {
    /** submitblock returned null. */
    ACCEPTED,
    /** submitblock said "duplicate": the daemon already had it (e.g. through the P2P copy). */
    DUPLICATE,
    /** submitblock said "inconclusive": valid but not (yet) on the best chain. */
    INCONCLUSIVE,
    /** submitblock gave a reject reason such as "high-hash" or "bad-txnmrklroot". */
    REJECTED,
    /** Only pushed over P2P; the daemon does not answer block messages. */
    SENT_P2P_ONLY,
    /** Neither path reached the daemon. */
    FAILED
  }

  public boolean accepted() {
    return outcome == Outcome.ACCEPTED || outcome == Outcome.DUPLICATE;
  }
}
