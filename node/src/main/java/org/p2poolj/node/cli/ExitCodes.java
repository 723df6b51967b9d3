package org.p2poolj.node.cli;

/** The process exit codes, documented in docs/cli.md. */
public final class ExitCodes {
  /** Success, or usage printed on request. */
  public static final int OK = 0;

  /** The node failed while running (a service could not start, an unexpected error). */
  public static final int FAILURE = 1;

  /** Bad command line or bad configuration: nothing was started. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
