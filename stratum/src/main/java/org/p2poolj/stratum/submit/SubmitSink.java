package org.p2poolj.stratum.submit;

/**
 * The node's side of the submit path. Called on the submitting session's thread, before the miner
 * is answered; implementations should hand heavy work (tracker insertion, broadcasting) to their
 * own executor but submit a block at once.
 */
public interface SubmitSink {
  /** Does nothing; for tests and benchmarks that only count. */
  SubmitSink NONE = new SubmitSink() {};

  /** A header at or below the block target: assemble and submit the block now. */
  default void onBlock(Submission submission) {}

  /** A header at or below the share target (also called for blocks, after {@link #onBlock}). */
  default void onShare(Submission submission) {}

  /** Any accepted pseudoshare, for the node's local rate monitors. */
  default void onPseudoshare(Submission submission) {}
}
