package org.p2poolj.node.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj}: with no subcommand it prints usage, so a bare {@code ./p2poolj} explains itself.
 */
@Command(
    name = "p2poolj",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "A P2Pool node: keeps the p2pool share chain beside a coin daemon (litecoind or",
      "bitcoind), serves miners over Stratum and pays every miner directly from the coinbase."
    },
    footer = {
      "",
      "Run 'p2poolj COMMAND --help' for a command's options.",
      "Docs: docs/cli.md and docs/configuration.md."
    })
public final class TopCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
