package org.p2poolj.node.cli;

import java.util.concurrent.Callable;
import org.p2poolj.node.CliEnvironment;
import org.p2poolj.node.NodeRunner;
import org.p2poolj.node.config.ConfigLoader;
import org.p2poolj.node.logging.LogSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code p2poolj run}: load and validate the config, set up logging, run until stopped. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Run the node until Ctrl-C or SIGTERM.",
      "Reads the config (defaults < file < options), logs to the console and <datadir>/p2poolj.log."
    })
public final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  private final CliEnvironment env;

  public RunCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    ConfigLoader.Loaded loaded = options.load(env.loader());
    LogSetup.configure(loaded.config().log());
    new NodeRunner(loaded.config(), loaded.file(), env.clock()).run();
    return ExitCodes.OK;
  }
}
