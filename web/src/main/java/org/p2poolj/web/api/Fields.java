package org.p2poolj.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.http.HttpError;

/** Helpers shared by the endpoint classes: ordered JSON objects, hash parsing and printing. */
final class Fields {
  private Fields() {}

  /** An ordered JSON object from alternating keys and values; values may be null. */
  static Map<String, Object> obj(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("odd number of arguments");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static String hex(Hash256 h) {
    return h.toHex();
  }

  static List<String> hexes(List<Hash256> hashes) {
    return hashes.stream().map(Hash256::toHex).toList();
  }

  static String hexOrNone(Optional<Hash256> h) {
    // The reference prints a missing parent as the string "None", not as null.
    return h.map(Hash256::toHex).orElse("None");
  }

  static Double orNull(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /** Parses a 64-hex share hash from a URL; anything else is a 400. */
  static Hash256 parseHash(String text) {
    if (text.length() != 64 || !text.chars().allMatch(Fields::isHexDigit)) {
      throw HttpError.badRequest("expected a 64-hex-digit hash, got '" + abbreviate(text) + "'");
    }
    return Hash256.fromHex(text.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }

  static Double ratio(double num, double den) {
    return den == 0 ? null : num / den;
  }
}
