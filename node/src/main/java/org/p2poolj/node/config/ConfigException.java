package org.p2poolj.node.config;

/**
 * A configuration problem, already phrased for the operator: {@link #getMessage()} is one line that
 * names the key (as {@code [section].key}) or the file, and says what is wrong.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message, null, false, false);
  }

  /** A problem with one key, e.g. {@code ofKey("[stratum].port", "70000 is not a port")}. */
  public static ConfigException ofKey(String key, String problem) {
    return new ConfigException(key + ": " + problem);
  }
}
