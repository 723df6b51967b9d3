package org.p2poolj.node.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.p2poolj.node.CliEnvironment;
import org.p2poolj.node.config.ConfigLoader;
import org.p2poolj.node.config.ConfigWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj config}: prints the effective configuration (defaults, file and options merged) as
 * TOML, after the same validation {@code run} does. The output is itself a valid config file.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Print the effective configuration as TOML (defaults < file < options) and exit.",
      "Validates exactly as 'run' does, so it is also a config checker."
    })
public final class ConfigCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(
      names = "--show-secrets",
      description = "Include the RPC password in the output (hidden by default).")
  boolean showSecrets;

  @Spec CommandSpec spec;

  private final CliEnvironment env;

  public ConfigCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    ConfigLoader.Loaded loaded = options.load(env.loader());
    PrintWriter out = spec.commandLine().getOut();
    out.println("# p2poolj effective configuration for " + loaded.config().network().id());
    out.println(
        "# sources: network defaults < "
            + loaded.file().map(f -> "file " + f).orElse("no config file")
            + " < command line");
    out.println();
    out.print(ConfigWriter.toToml(loaded.config(), showSecrets));
    out.flush();
    return ExitCodes.OK;
  }
}
