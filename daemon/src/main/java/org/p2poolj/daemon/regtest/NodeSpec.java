package org.p2poolj.daemon.regtest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to start one regtest node.
 *
 * @param datadir an existing (usually temporary) directory the node owns
 * @param rpcPort loopback RPC port
 * @param p2pPort loopback P2P port
 * @param credentials RPC user and password, or empty for cookie-file auth
 * @param connectTo P2P port of a peer to connect to (and only to)
 * @param extraArgs further flags, e.g. {@code -vbparams=...} or {@code -blocknotify=...}
 */
public record NodeSpec(
    Path datadir,
    int rpcPort,
    int p2pPort,
    Optional<Credentials> credentials,
    OptionalInt connectTo,
    List<String> extraArgs) {

  /** RPC user and password. */
  public record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=***]";
    }
  }

  public NodeSpec {
    extraArgs = List.copyOf(extraArgs);
  }

  /** The command line, with the flags from the litecoind regtest notes. */
  public List<String> commandLine(Path binary) {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                binary.toString(),
                "-regtest",
                "-datadir=" + datadir,
                "-server=1",
                "-rpcbind=127.0.0.1",
                "-rpcallowip=127.0.0.1",
                "-rpcport=" + rpcPort,
                "-listen=1",
                "-bind=127.0.0.1:" + p2pPort,
                "-port=" + p2pPort,
                "-listenonion=0",
                "-discover=0",
                "-dnsseed=0",
                "-upnp=0",
                "-fallbackfee=0.0001",
                "-rpcworkqueue=128",
                "-printtoconsole=0",
                "-txindex=0",
                // A small key pool: the default 1000 keys make createwallet take seconds.
                "-keypool=10"));
    credentials.ifPresent(
        c -> {
          cmd.add("-rpcuser=" + c.user());
          cmd.add("-rpcpassword=" + c.password());
        });
    connectTo.ifPresent(port -> cmd.add("-connect=127.0.0.1:" + port));
    cmd.addAll(extraArgs);
    return cmd;
  }
}
