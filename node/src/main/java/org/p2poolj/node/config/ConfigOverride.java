package org.p2poolj.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * One command-line setting of a config key, such as {@code --stratum-port 3333} (key {@code
 * stratum.port}). Overrides are applied on top of the file, so they always win.
 */
public record ConfigOverride(String section, String key, JsonNode value) {
  public ConfigOverride {
    if (section == null || section.isEmpty() || key == null || key.isEmpty()) {
      throw new ConfigException("--set: a key must look like section.key");
    }
  }

  public static ConfigOverride of(String section, String key, String value) {
    return new ConfigOverride(section, key, TextNode.valueOf(value));
  }

  public static ConfigOverride of(String section, String key, int value) {
    return new ConfigOverride(section, key, IntNode.valueOf(value));
  }

  public static ConfigOverride of(String section, String key, double value) {
    return new ConfigOverride(section, key, DoubleNode.valueOf(value));
  }

  /**
   * Parses {@code section.key=value} as given to {@code --set}. The value is read as a TOML value
   * when it is one ({@code 3333}, {@code true}, {@code ["a:1", "b"]}, {@code "quoted"}), and as a
   * plain string otherwise, so {@code --set stratum.bind=0.0.0.0} needs no quotes.
   */
  public static ConfigOverride parse(String assignment) {
    int eq = assignment.indexOf('=');
    String path = eq < 0 ? assignment : assignment.substring(0, eq).strip();
    int dot = path.indexOf('.');
    if (eq < 0 || dot <= 0 || dot == path.length() - 1 || path.indexOf('.', dot + 1) >= 0) {
      throw new ConfigException(
          "--set: '" + assignment + "' must look like section.key=value (e.g. stratum.port=3333)");
    }
    String raw = assignment.substring(eq + 1).strip();
    return new ConfigOverride(path.substring(0, dot), path.substring(dot + 1), tomlValue(raw));
  }

  private static JsonNode tomlValue(String raw) {
    try {
      JsonNode parsed = ConfigMapper.TOML.readTree("v = " + raw + "\n").get("v");
      if (parsed != null) {
        return parsed;
      }
    } catch (IOException | RuntimeException notToml) {
      // Fall through: a bare word such as a host name or an address is meant as a string.
    }
    return TextNode.valueOf(raw);
  }

  /** The dotted name shown in messages, e.g. {@code [stratum].port}. */
  public String displayKey() {
    return "[" + section + "]." + key;
  }
}
