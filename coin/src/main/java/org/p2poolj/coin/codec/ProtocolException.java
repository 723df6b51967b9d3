package org.p2poolj.coin.codec;

/**
 * Bad bytes from outside: truncated input, trailing bytes, a non-canonical encoding or a value out
 * of range. Unchecked so that codecs stay plain functions; the connection layer catches it and maps
 * it to a disconnect or ban reason.
 */
public class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }

  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
