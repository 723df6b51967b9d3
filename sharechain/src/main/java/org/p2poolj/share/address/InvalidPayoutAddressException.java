package org.p2poolj.share.address;

/** The reference implementation would raise converting this address (so the share is invalid). */
public final class InvalidPayoutAddressException extends IllegalArgumentException {
  public InvalidPayoutAddressException(String message) {
    super(message);
  }
}
