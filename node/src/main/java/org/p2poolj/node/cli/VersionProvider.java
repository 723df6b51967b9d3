package org.p2poolj.node.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The node's version: the jar manifest's {@code Implementation-Version}, or, when running from
 * classes (tests, IDE), the Maven-filtered {@code version.properties}.
 */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "/org/p2poolj/node/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "p2poolj " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
    };
  }

  /** The version string alone, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
