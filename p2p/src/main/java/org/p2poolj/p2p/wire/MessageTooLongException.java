package org.p2poolj.p2p.wire;

/** Thrown when a message to send does not fit the payload limit (p2pool's {@code TooLong}). */
public final class MessageTooLongException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MessageTooLongException(String command, long length, int limit) {
    super(command + " payload of " + length + " bytes exceeds the limit of " + limit);
  }
}
