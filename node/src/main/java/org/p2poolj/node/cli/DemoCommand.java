package org.p2poolj.node.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.p2poolj.node.demo.DemoOptions;
import org.p2poolj.node.demo.RegtestDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2poolj demo}: the one-command regtest demo (litecoind, this node, a CPU miner). */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Run a self-contained regtest demo: two litecoind regtest nodes, this node and the built-in"
          + " CPU miner over stratum, on free loopback ports.",
      "Prints where to look and a status line every few seconds; Ctrl-C stops everything it"
          + " started. Needs litecoind (sudo apt-get install -y litecoind)."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      description = "Stop after this many seconds (default: 0, run until Ctrl-C).")
  long durationSeconds;

  @Option(
      names = "--mweb",
      description = "Cross MWEB activation before mining (default: MWEB stays off).")
  boolean mweb;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "CPU miner threads (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(
      names = "--datadir",
      paramLabel = "DIR",
      description = "The node's data directory (default: a new temporary directory).")
  Path datadir;

  @Option(
      names = "--status-interval",
      paramLabel = "SECONDS",
      description = "Seconds between status lines (default: ${DEFAULT-VALUE}).")
  int statusSeconds = 5;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DemoOptions options;
    try {
      options =
          new DemoOptions(
              mweb, durationSeconds, threads, Optional.ofNullable(datadir), statusSeconds);
    } catch (IllegalArgumentException e) {
      err.println("p2poolj: demo: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    try {
      new RegtestDemo(options, out).run();
      return ExitCodes.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.FAILURE;
    } catch (Exception e) {
      err.println("p2poolj: demo failed: " + oneLine(e));
      err.flush();
      return ExitCodes.FAILURE;
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
