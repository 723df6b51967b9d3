package org.p2poolj.stratum.submit;

import java.math.BigInteger;
import org.p2poolj.stratum.json.StratumError;

/** The outcome of one submit. */
public sealed interface SubmitResult {
  /**
   * @param creditedTarget the pseudoshare target met, for hash-rate estimates
   */
  record Accepted(Submission submission, BigInteger creditedTarget) implements SubmitResult {}

  record Rejected(RejectReason reason, StratumError error) implements SubmitResult {}
}
