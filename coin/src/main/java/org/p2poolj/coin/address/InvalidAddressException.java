package org.p2poolj.coin.address;

/** An address that is malformed, for another network, or not usable as a payout destination. */
public class InvalidAddressException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidAddressException(String message) {
    super(message);
  }
}
