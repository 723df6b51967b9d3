package org.p2poolj.stratum.submit;

/** The best thing an accepted submit is. */
public enum ShareKind {
  /** Met only the session's pseudoshare target: counted for hash rate and vardiff. */
  PSEUDOSHARE,
  /** Met the share target: a share for the share chain. */
  SHARE,
  /**
   * Met the block target: a block for the coin network (also a share unless, as on regtest, the
   * block target is the easier one).
   */
  BLOCK
}
