package org.p2poolj.daemon.check;

/** The start-up checks, in the order they run (a failure stops the later ones). */
public enum Check {
  REACHABLE,
  CREDENTIALS,
  CHAIN,
  SYNCED,
  SOFT_FORKS,
  PAYOUT_ADDRESS
}
