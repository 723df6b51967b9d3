package org.p2poolj.node.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.p2poolj.daemon.template.BlockNotify;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj blocknotify PORT HASH}: tells a running node that the daemon has a new block, for
 * the daemon's {@code -blocknotify}. The node logs its endpoint's port and the exact flag at start.
 */
@Command(
    name = "blocknotify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Tell a running node about a new block (for litecoind/bitcoind -blocknotify).",
      "The node logs the port and a ready-made -blocknotify flag when it starts; e.g.",
      "  -blocknotify='p2poolj blocknotify 40123 %s'"
    })
public final class BlocknotifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PORT", description = "The node's blocknotify port.")
  int port;

  @Parameters(index = "1", paramLabel = "HASH", description = "The new block's hash (hex).")
  String hash;

  @Override
  public Integer call() {
    if (port < 1 || port > 65535 || BlockNotify.parseHash(hash).isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("p2poolj: blocknotify: need PORT (1..65535) and a 64-hex-digit block hash");
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    try {
      BlockNotify.send(port, hash);
      return ExitCodes.OK;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("p2poolj: blocknotify: no node listening on 127.0.0.1:" + port + ": " + e);
      spec.commandLine().getErr().flush();
      return ExitCodes.FAILURE;
    }
  }
}
