package org.p2poolj.node.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Range and format checks shared by the section records; each failure names its key. */
final class Checks {
  // A bind or advertised host may be a bare IPv6 literal ("::"); in host:port it needs brackets.
  private static final Pattern HOST =
      Pattern.compile("\\[[0-9A-Fa-f:.]+]|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*|[A-Za-z0-9][A-Za-z0-9.-]*");
  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::([0-9]{1,5}))?");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]*");
  private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9]{20,100}");

  private Checks() {}

  static <T> T present(String key, T value) {
    if (value == null) {
      throw new BadValueException(key, "is missing");
    }
    return value;
  }

  static int port(String key, int value) {
    if (value < 1 || value > 65535) {
      throw new BadValueException(key, value + " is not a port (1..65535)");
    }
    return value;
  }

  static int atLeast(String key, int value, int min) {
    if (value < min) {
      throw new BadValueException(key, value + " is below the minimum " + min);
    }
    return value;
  }

  static Integer atLeastOrNull(String key, Integer value, int min) {
    return value == null ? null : atLeast(key, value, min);
  }

  static double percent(String key, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new BadValueException(key, value + " is not a percentage (0..100)");
    }
    return value;
  }

  static double positive(String key, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new BadValueException(key, value + " must be a positive number");
    }
    return value;
  }

  static String host(String key, String value) {
    present(key, value);
    if (!HOST.matcher(value).matches()) {
      throw new BadValueException(key, quote(value) + " is not a host name or IP address");
    }
    return value;
  }

  static String hostOrEmpty(String key, String value) {
    return present(key, value).isEmpty() ? value : host(key, value);
  }

  /** A {@code host[:port]} peer address; the port, when given, must be a valid port. */
  static String hostPort(String key, String value) {
    present(key, value);
    var m = HOST_PORT.matcher(value);
    if (!m.matches()) {
      throw new BadValueException(key, quote(value) + " is not host[:port]");
    }
    if (m.group(2) != null) {
      int p = Integer.parseInt(m.group(2));
      if (p < 1 || p > 65535) {
        throw new BadValueException(key, quote(value) + " has a bad port (1..65535)");
      }
    }
    return value;
  }

  static List<String> hostPorts(String key, List<String> values) {
    present(key, values);
    for (int i = 0; i < values.size(); i++) {
      hostPort(key + "[" + i + "]", values.get(i));
    }
    return List.copyOf(values);
  }

  static String hexOfLength(String key, String value, int hexChars) {
    if (value != null && (value.length() != hexChars || !HEX.matcher(value).matches())) {
      throw new BadValueException(
          key, quote(value) + " must be " + hexChars + " hex digits (" + hexChars / 2 + " bytes)");
    }
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  static String hexUpTo(String key, String value, int maxHexChars) {
    if (value != null
        && (value.isEmpty() || value.length() > maxHexChars || !HEX.matcher(value).matches())) {
      throw new BadValueException(
          key, quote(value) + " must be 1 to " + maxHexChars + " hex digits (big-endian)");
    }
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  static String addressOrEmpty(String key, String value) {
    present(key, value);
    if (!value.isEmpty() && !ADDRESS.matcher(value).matches()) {
      throw new BadValueException(key, quote(value) + " is not an address");
    }
    return value;
  }

  static String maxBytes(String key, String value, int max) {
    present(key, value);
    int n = value.getBytes(StandardCharsets.UTF_8).length;
    if (n > max) {
      throw new BadValueException(key, "is " + n + " bytes long, at most " + max + " allowed");
    }
    return value;
  }

  static String oneOf(String key, String value, List<String> allowed) {
    present(key, value);
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value)) {
        return a;
      }
    }
    throw new BadValueException(key, quote(value) + " is not one of " + String.join(", ", allowed));
  }

  static String quote(String value) {
    return "'" + Objects.toString(value) + "'";
  }
}
