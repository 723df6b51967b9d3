package org.p2poolj.store.importer;

import java.math.BigInteger;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

/**
 * One parsed line of a reference share file: {@code "5 <hex of share_type>"} (a share), {@code "2
 * <hex of a verified share hash>"} or the retired {@code 0}/{@code 1} records. Pure.
 */
sealed interface ReferenceLine {
  /** A share record split into its {@code share_type} fields. */
  record Share(byte[] shareTypeBytes, int type, byte[] contents) implements ReferenceLine {}

  /** A verified-hash record. */
  record Verified(Hash256 hash) implements ReferenceLine {}

  /** A record type the reference skips (0 and 1: pre-2012 share formats). */
  record Obsolete(int typeId) implements ReferenceLine {}

  /**
   * Parses a line without its line terminator.
   *
   * @throws IllegalArgumentException with a short reason when the line is malformed
   */
  static ReferenceLine parse(String line) {
    String[] parts = line.strip().split(" ", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "expected '<type> <hex>', got " + parts.length + " fields");
    }
    int typeId;
    try {
      typeId = Integer.parseInt(parts[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("record type is not a number: '" + clip(parts[0]) + "'");
    }
    return switch (typeId) {
      case 0, 1 -> new Obsolete(typeId);
      case 2 -> new Verified(verifiedHash(parts[1]));
      case 5 -> share(parts[1]);
      default -> throw new IllegalArgumentException("unknown record type " + typeId);
    };
  }

  /** The reference writes {@code "%x"}: no leading zeros, so the length varies. */
  private static Hash256 verifiedHash(String hex) {
    if (hex.isEmpty() || hex.length() > 64 || !hex.chars().allMatch(ReferenceLine::isHexDigit)) {
      throw new IllegalArgumentException("bad verified hash '" + clip(hex) + "'");
    }
    return Hash256.fromBigInteger(new BigInteger(hex, 16));
  }

  private static Share share(String hex) {
    byte[] bytes;
    try {
      bytes = Hex.decode(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad share hex: " + e.getMessage());
    }
    try {
      ByteReader r = new ByteReader(bytes);
      long type = r.varInt();
      byte[] contents = r.varStr(bytes.length);
      r.expectEnd();
      if (type > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("share type " + type + " out of range");
      }
      return new Share(bytes, (int) type, contents);
    } catch (ProtocolException e) {
      throw new IllegalArgumentException("bad share_type encoding: " + e.getMessage());
    }
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String clip(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "...";
  }
}
