package org.p2poolj.daemon.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

/** Strict readers for JSON fields: a missing or odd value names the field in the exception. */
final class JsonFields {
  private final JsonNode node;
  private final String prefix;

  JsonFields(JsonNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  String name(String field) {
    return prefix.isEmpty() ? field : prefix + "." + field;
  }

  boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  JsonNode require(String field) {
    if (!has(field)) {
      throw new TemplateException(name(field), "missing");
    }
    return node.get(field);
  }

  long uint(String field, long max) {
    JsonNode v = require(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new TemplateException(name(field), "expected an integer, got " + brief(v));
    }
    long value = v.asLong();
    if (value < 0 || value > max) {
      throw new TemplateException(name(field), "out of range [0, " + max + "]: " + value);
    }
    return value;
  }

  long uintOr(String field, long max, long fallback) {
    return has(field) ? uint(field, max) : fallback;
  }

  String text(String field) {
    JsonNode v = require(field);
    if (!v.isTextual()) {
      throw new TemplateException(name(field), "expected a string, got " + brief(v));
    }
    return v.asText();
  }

  byte[] hex(String field) {
    String s = text(field);
    if (s.length() % 2 != 0) {
      throw new TemplateException(name(field), "odd number of hex digits");
    }
    try {
      return Hex.decode(s);
    } catch (IllegalArgumentException e) {
      throw new TemplateException(name(field), "not hex: " + brief(node.get(field)), e);
    }
  }

  Hash256 hash(String field) {
    String s = text(field);
    if (s.length() != 64) {
      throw new TemplateException(name(field), "expected 64 hex digits, got " + s.length());
    }
    try {
      return Hash256.fromHex(s);
    } catch (IllegalArgumentException e) {
      throw new TemplateException(name(field), "not hex: " + brief(node.get(field)), e);
    }
  }

  BigInteger hexNumber(String field, int digits) {
    String s = text(field);
    if (s.length() != digits || !s.chars().allMatch(JsonFields::isHexDigit)) {
      throw new TemplateException(
          name(field), "expected " + digits + " hex digits, got " + brief(node.get(field)));
    }
    return new BigInteger(s, 16);
  }

  private static boolean isHexDigit(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  static String brief(JsonNode v) {
    String s = v == null ? "nothing" : v.toString();
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
