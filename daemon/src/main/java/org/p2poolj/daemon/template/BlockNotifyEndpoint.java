package org.p2poolj.daemon.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny loopback TCP endpoint that the daemon's {@code -blocknotify} can reach with plain bash:
 * each connection sends one line (the block hash) and closes. See {@link #blockNotifyCommand()}.
 */
public final class BlockNotifyEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockNotifyEndpoint.class);
  private static final int MAX_LINE = 256;
  private static final int READ_TIMEOUT_MS = 2000;

  private final ServerSocket server;
  private final Consumer<String> onBlock;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong notifications = new AtomicLong();

  private BlockNotifyEndpoint(ServerSocket server, Consumer<String> onBlock) {
    this.server = server;
    this.onBlock = onBlock;
  }

  /**
   * Listens on 127.0.0.1:{@code port} (0 picks a free port) and calls {@code onBlock} with each
   * notified hash.
   */
  public static BlockNotifyEndpoint start(int port, Consumer<String> onBlock) throws IOException {
    ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    BlockNotifyEndpoint endpoint = new BlockNotifyEndpoint(server, onBlock);
    endpoint.executor.submit(endpoint::acceptLoop);
    return endpoint;
  }

  public int port() {
    return server.getLocalPort();
  }

  public long notifications() {
    return notifications.get();
  }

  /** The value for the daemon's {@code -blocknotify=} flag; needs only bash. */
  public String blockNotifyCommand() {
    return BlockNotify.command(port());
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        executor.submit(() -> handle(s));
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.warn("blocknotify endpoint: accept failed: {}", e.getMessage());
        }
      }
    }
  }

  private void handle(Socket s) {
    try (s) {
      s.setSoTimeout(READ_TIMEOUT_MS);
      InputStream in = s.getInputStream();
      byte[] raw = in.readNBytes(MAX_LINE);
      String line = new String(raw, StandardCharsets.US_ASCII).strip();
      BlockNotify.parseHash(line)
          .ifPresentOrElse(
              hash -> {
                notifications.incrementAndGet();
                onBlock.accept(hash);
              },
              () -> LOG.debug("blocknotify endpoint: ignored '{}'", line));
    } catch (IOException e) {
      LOG.debug("blocknotify endpoint: read failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // Closing to stop accepting; nothing to recover.
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
