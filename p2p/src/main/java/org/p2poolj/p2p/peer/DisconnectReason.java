package org.p2poolj.p2p.peer;

import java.time.Duration;

/**
 * Why a connection ends, and what that means for the remote host: nothing ({@link Action#QUIET}), a
 * disconnect flagged as misbehaviour ({@link Action#DISCONNECT}), or a ban whose base duration is
 * multiplied by the square of the host's ban score ({@link Action#BAN}, spec 1.4).
 */
public enum DisconnectReason {
  PEER_CLOSED(Action.QUIET),
  IO_ERROR(Action.QUIET),
  SHUTDOWN(Action.QUIET),
  BANNED_HOST(Action.QUIET),
  CONNECTION_LIMIT(Action.QUIET),
  DUPLICATE_CONNECTION(Action.QUIET),
  HANDSHAKE_TIMEOUT(Action.DISCONNECT),
  IDLE_TIMEOUT(Action.DISCONNECT),
  SEND_QUEUE_FULL(Action.DISCONNECT),
  /** Bad payload encoding: p2pool disconnects without banning. */
  MALFORMED_MESSAGE(Action.DISCONNECT),
  /** A declared length above our limit; the limit is configurable, so this does not ban. */
  OVERSIZE_MESSAGE(Action.DISCONNECT),
  TOO_MUCH_JUNK(Action.DISCONNECT),
  /** A share type we cannot parse (newer than we know): p2pool disconnects on the ValueError. */
  UNSUPPORTED_SHARE(Action.DISCONNECT),
  BAD_CHECKSUM(Action.BAN),
  MESSAGE_BEFORE_VERSION(Action.BAN),
  DUPLICATE_VERSION(Action.BAN),
  PROTOCOL_TOO_OLD(Action.BAN),
  SELF_CONNECTION(Action.BAN),
  INVALID_SHARE(Action.BAN),
  BAD_BESTBLOCK(Action.BAN),
  REQUEST_FLOOD(Action.BAN),
  /** p2pool's {@code badPeerHappened(30)} after a failed share download. */
  SHARE_REQUEST_TIMEOUT(Action.BAN, Duration.ofSeconds(30));

  /** What happens to the remote host. */
  public enum Action {
    QUIET,
    DISCONNECT,
    BAN
  }

  private final Action action;
  private final Duration banBase;

  DisconnectReason(Action action) {
    this(action, Duration.ofHours(1));
  }

  DisconnectReason(Action action, Duration banBase) {
    this.action = action;
    this.banBase = banBase;
  }

  public Action action() {
    return action;
  }

  public boolean bans() {
    return action == Action.BAN;
  }

  public boolean isMisbehaviour() {
    return action != Action.QUIET;
  }

  /** The ban duration at score 1 (p2pool's {@code bantime}, 1 h by default); times score². */
  public Duration banBase() {
    return banBase;
  }
}
