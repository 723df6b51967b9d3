package org.p2poolj.node.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code p2poolj demo} was asked for.
 *
 * @param mweb cross MWEB activation before mining (else MWEB stays off)
 * @param durationSeconds stop after this long; 0 runs until Ctrl-C
 * @param threads CPU miner threads
 * @param datadir the node's datadir, or empty for a fresh temporary one
 * @param statusSeconds seconds between status lines
 */
public record DemoOptions(
    boolean mweb, long durationSeconds, int threads, Optional<Path> datadir, int statusSeconds) {
  public DemoOptions {
    if (durationSeconds < 0 || threads < 1 || statusSeconds < 1) {
      throw new IllegalArgumentException("need duration >= 0, threads >= 1, status period >= 1");
    }
  }
}
