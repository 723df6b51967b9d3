package org.p2poolj.node.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj demo}: the one-command regtest demo (litecoind, a node, a CPU miner). A
 * placeholder until the daemon and stratum modules exist; it says so and exits 2.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run a self-contained regtest demo: litecoind, this node and a built-in miner.",
      "Not yet implemented."
    })
public final class DemoCommand implements Callable<Integer> {
  /** The line printed until the demo exists; tests check for it. */
  public static final String NOT_YET =
      "p2poolj: demo is not yet implemented: needs the daemon and stratum modules";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(NOT_YET);
    spec.commandLine().getErr().flush();
    return ExitCodes.USAGE;
  }
}
