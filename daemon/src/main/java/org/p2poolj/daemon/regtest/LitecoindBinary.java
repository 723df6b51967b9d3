package org.p2poolj.daemon.regtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the real litecoind binary (not Debian's wrapper, which writes ~/.litecoin). */
public final class LitecoindBinary {
  /** Environment variable naming the binary to use instead of the Debian location. */
  public static final String ENV = "P2POOLJ_LITECOIND";

  public static final Path DEBIAN = Path.of("/usr/lib/litecoin/litecoind");

  private LitecoindBinary() {}

  public static Optional<Path> find() {
    String override = System.getenv(ENV);
    if (override != null && !override.isBlank()) {
      Path p = Path.of(override);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    return Files.isExecutable(DEBIAN) ? Optional.of(DEBIAN) : Optional.empty();
  }

  public static Path require() {
    return find()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "litecoind not found: install it (apt-get install -y litecoind) or set "
                        + ENV
                        + " to the binary"));
  }
}
