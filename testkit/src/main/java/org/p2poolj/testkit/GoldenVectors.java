package org.p2poolj.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and loads the reference implementation's golden vectors from {@code ../shared/vectors}.
 *
 * <p>The vectors live beside the project (CI always has them) and are never copied into it. When
 * the folder is absent, as in a user's clone, {@link #load} aborts the calling test with a printed
 * reason instead of failing it.
 */
public final class GoldenVectors {
  /** Environment variable that overrides where the vectors are looked for. */
  public static final String ENV = "P2POOLJ_VECTORS";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldenVectors() {}

  /** The vectors folder, searched upward from the working directory, if there is one. */
  public static Optional<Path> directory() {
    String override = System.getenv(ENV);
    if (override != null && !override.isBlank()) {
      Path p = Path.of(override);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("vectors");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      Path inside = dir.resolve("shared").resolve("vectors");
      if (Files.isDirectory(inside)) {
        return Optional.of(inside);
      }
    }
    return Optional.empty();
  }

  /**
   * Loads one vector file, or aborts the current test (skipped, with the reason printed) when the
   * shared folder is not there.
   */
  public static JsonNode load(String fileName) {
    Optional<Path> dir = directory();
    if (dir.isEmpty()) {
      String reason =
          "golden vectors not found (../shared/vectors absent; set "
              + ENV
              + " to point at them): skipping "
              + fileName;
      System.out.println("SKIP: " + reason);
      Assumptions.abort(reason);
    }
    Path file = dir.get().resolve(fileName);
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden vector file " + file, e);
    }
  }
}
