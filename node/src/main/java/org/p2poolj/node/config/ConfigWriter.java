package org.p2poolj.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Prints a configuration as TOML that {@link ConfigLoader} reads back to an equal configuration
 * (with secrets shown). Written by hand because the tree is two levels deep and we want sections in
 * a fixed order with a comment for the keys left to the network.
 */
public final class ConfigWriter {
  private ConfigWriter() {}

  /**
   * The configuration as TOML. With {@code showSecrets} false, a set RPC password is left out (as a
   * comment) so the output can be pasted into a bug report.
   */
  public static String toToml(P2poolConfig config, boolean showSecrets) {
    ObjectNode tree = ConfigMapper.BINDER.valueToTree(config);
    StringBuilder out = new StringBuilder();
    for (String section : P2poolConfig.SECTIONS) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append('[').append(section).append("]\n");
      JsonNode keys = tree.path(section);
      if (section.equals("sharechain") && keys.isEmpty()) {
        out.append("# no overrides: the network's own share chain parameters apply\n");
      }
      for (Map.Entry<String, JsonNode> e : keys.properties()) {
        if (!showSecrets
            && section.equals("daemon")
            && e.getKey().equals("rpc_password")
            && !e.getValue().asText().isEmpty()) {
          out.append("# rpc_password is set (hidden; 'config --show-secrets' prints it)\n");
          continue;
        }
        out.append(e.getKey()).append(" = ").append(value(e.getValue())).append('\n');
      }
    }
    return out.toString();
  }

  private static String value(JsonNode v) {
    if (v.isArray()) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < v.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(value(v.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v.isTextual()) {
      return quote(v.asText());
    }
    if (v.isFloatingPointNumber()) {
      // TOML floats need a fraction or an exponent; Double.toString always gives one.
      return Double.toString(v.asDouble());
    }
    return v.asText();
  }

  /** A TOML basic string: escapes quotes, backslashes and control characters. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
