package org.p2poolj.stratum.submit;

/** Why a submit was refused; data, so stats and tests need not read messages. */
public enum RejectReason {
  UNKNOWN_JOB,
  STALE_JOB,
  DUPLICATE,
  LOW_DIFFICULTY,
  BAD_EXTRANONCE2,
  BAD_NTIME,
  BAD_NONCE,
  BAD_VERSION_BITS,
  SINK_FAILED
}
