package org.p2poolj.node.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the stratum connections {@code PortMux} recognises on the shared web/stratum port and
 * relays them byte for byte to the stratum server's own loopback listener (the stratum server has
 * no way to adopt a socket). Each connection costs two virtual threads; closing either side closes
 * both. The stratum server sees the miner as coming from loopback.
 */
final class StratumForwarder implements Consumer<Socket> {
  private static final Logger LOG = LoggerFactory.getLogger("web");
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int BUFFER = 8 * 1024;

  private final IntSupplier stratumPort;

  /**
   * @param stratumPort the stratum server's port on 127.0.0.1, asked per connection
   */
  StratumForwarder(IntSupplier stratumPort) {
    this.stratumPort = stratumPort;
  }

  @Override
  public void accept(Socket miner) {
    Socket upstream = new Socket();
    try {
      upstream.connect(
          new InetSocketAddress("127.0.0.1", stratumPort.getAsInt()), CONNECT_TIMEOUT_MS);
      upstream.setTcpNoDelay(true);
    } catch (IOException | RuntimeException e) {
      LOG.debug("stratum relay could not reach the stratum server: {}", e.toString());
      closeQuietly(miner);
      closeQuietly(upstream);
      return;
    }
    Thread.ofVirtual().name("stratum-relay-up").start(() -> pump(miner, upstream));
    Thread.ofVirtual().name("stratum-relay-down").start(() -> pump(upstream, miner));
  }

  private static void pump(Socket from, Socket to) {
    byte[] buf = new byte[BUFFER];
    try (InputStream in = from.getInputStream()) {
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // A reset or a close from the other pump ends the relay either way.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
