package org.p2poolj.p2p.peer;

/**
 * One offence by a peer. {@code tolerance} is how many offences of this reason a connection may
 * commit before the reason's action is taken: 0 acts on the first one.
 */
public record Misbehaviour(DisconnectReason reason, int tolerance) {
  public Misbehaviour {
    if (tolerance < 0) {
      throw new IllegalArgumentException("negative tolerance");
    }
  }

  /** An offence acted on at once. */
  public static Misbehaviour of(DisconnectReason reason) {
    return new Misbehaviour(reason, 0);
  }
}
