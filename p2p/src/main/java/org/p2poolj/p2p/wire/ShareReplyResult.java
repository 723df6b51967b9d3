package org.p2poolj.p2p.wire;

import org.p2poolj.coin.codec.ProtocolException;

/** The {@code sharereply} result enum (VarInt); codes 2..6 exist in p2pool but are unused. */
public enum ShareReplyResult {
  GOOD,
  TOO_LONG,
  UNK2,
  UNK3,
  UNK4,
  UNK5,
  UNK6;

  private static final ShareReplyResult[] BY_CODE = values();

  public int code() {
    return ordinal();
  }

  public static ShareReplyResult fromCode(long code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new ProtocolException("unknown sharereply result " + Long.toUnsignedString(code));
    }
    return BY_CODE[(int) code];
  }
}
