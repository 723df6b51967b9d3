package org.p2poolj.daemon.template;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client side of the blocknotify hook, for a {@code p2poolj blocknotify <port> <hash>} CLI
 * subcommand, plus the line format shared with {@link BlockNotifyEndpoint}.
 */
public final class BlockNotify {
  private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");

  private BlockNotify() {}

  /** The shell command for {@code -blocknotify=}: bash's /dev/tcp, no extra tools. */
  public static String command(int port) {
    return "bash -c 'echo %s >/dev/tcp/127.0.0.1/" + port + "'";
  }

  /** A block hash line, lower-cased, or empty if it is not one. */
  public static Optional<String> parseHash(String line) {
    String s = line.strip();
    return HASH.matcher(s).matches()
        ? Optional.of(s.toLowerCase(java.util.Locale.ROOT))
        : Optional.empty();
  }

  /** Sends one notification to the endpoint on 127.0.0.1:{@code port}. */
  public static void send(int port, String blockHash) throws IOException {
    String hash =
        parseHash(blockHash)
            .orElseThrow(() -> new IllegalArgumentException("not a block hash: " + blockHash));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      OutputStream out = s.getOutputStream();
      out.write((hash + "\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }
}
