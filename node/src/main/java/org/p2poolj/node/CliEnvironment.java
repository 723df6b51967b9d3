package org.p2poolj.node;

import java.time.InstantSource;
import org.p2poolj.node.config.ConfigLoader;

/**
 * What the commands take from the outside world, so tests can supply their own: the config loader
 * (which knows the home directory) and the clock.
 */
public record CliEnvironment(ConfigLoader loader, InstantSource clock) {
  /** The real environment: the current user's home and the system clock. */
  public static CliEnvironment system() {
    return new CliEnvironment(ConfigLoader.forCurrentUser(), InstantSource.system());
  }
}
