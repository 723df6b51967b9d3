package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code [store]}: where shares persist. {@code sqlite} keeps them in {@code file} across restarts;
 * {@code memory} forgets them on exit (tests, throw-away regtest chains).
 */
public record StoreConfig(String backend, String file) {
  public static final List<String> BACKENDS = List.of("sqlite", "memory");

  public StoreConfig {
    backend = Checks.oneOf("backend", backend, BACKENDS);
    Checks.present("file", file);
    if (backend.equals("sqlite") && file.isBlank()) {
      throw new BadValueException("file", "is required with backend sqlite");
    }
  }

  public Path filePath() {
    return Path.of(file);
  }
}
