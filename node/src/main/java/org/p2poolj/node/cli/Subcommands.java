package org.p2poolj.node.cli;

import org.p2poolj.node.CliEnvironment;
import picocli.CommandLine;

/**
 * The one place where subcommands are registered. To add one, write an {@code @Command} class in
 * this package and add a line below; mix in {@link ConfigOptions} if it needs the configuration.
 */
public final class Subcommands {
  private Subcommands() {}

  static void registerAll(CommandLine top, CliEnvironment env) {
    top.addSubcommand(new RunCommand(env));
    top.addSubcommand(new DemoCommand());
    top.addSubcommand(new ConfigCommand(env));
    top.addSubcommand(new VerifySharesCommand());
    top.addSubcommand(new ImportSharesCommand(env));
    top.addSubcommand(new BlocknotifyCommand());
    top.addSubcommand(new CommandLine.HelpCommand());
  }
}
