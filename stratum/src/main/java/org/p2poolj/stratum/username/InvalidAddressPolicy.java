package org.p2poolj.stratum.username;

/** What to do with a username whose address is not valid on the chain. */
public enum InvalidAddressPolicy {
  /** Refuse {@code mining.authorize} with a message that names the problem. */
  REFUSE,
  /** Accept the miner and pay its shares to the node operator's address (the reference's way). */
  PAY_NODE
}
