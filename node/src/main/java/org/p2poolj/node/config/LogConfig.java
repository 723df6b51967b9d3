package org.p2poolj.node.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code [log]}: the root log level, and the rolling log file (empty: console only). */
public record LogConfig(String level, String file) {
  /** Accepted levels, any case in input, upper case once validated. */
  public static final List<String> LEVELS =
      List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  public LogConfig {
    level = Checks.oneOf("level", level, LEVELS);
    Checks.present("file", file);
  }

  public Optional<Path> filePath() {
    return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
  }
}
