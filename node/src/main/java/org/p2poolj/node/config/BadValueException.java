package org.p2poolj.node.config;

/**
 * Thrown by a section record's constructor when one of its values is out of range. It names the key
 * inside the section only; the loader adds the section, which the record does not know.
 */
public final class BadValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String problem;

  public BadValueException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
    this.problem = problem;
  }

  /** The key inside its section, e.g. {@code port}. */
  public String key() {
    return key;
  }

  /** What is wrong, e.g. {@code 70000 is not a port (1..65535)}. */
  public String problem() {
    return problem;
  }
}
