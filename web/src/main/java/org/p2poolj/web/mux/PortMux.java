package org.p2poolj.web.mux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listening port for stratum and HTTP, as the reference's worker port. Each accepted
 * connection is read for its first byte: {@code '{'} (a JSON-RPC line) goes to the stratum handler
 * as a socket that replays that byte; anything else is proxied byte for byte to the HTTP server on
 * its own (loopback) address. A client that sends nothing within {@code firstByteTimeout} is
 * dropped. Each connection runs on virtual threads; {@link #stop} closes the listener and every
 * connection it still holds.
 */
public final class PortMux implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PortMux.class);
  private static final int BACKLOG = 256;
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int BUFFER = 16 * 1024;
  private static final long STOP_WAIT_MS = 2_000;

  private final InetSocketAddress bind;
  private final Consumer<Socket> stratum;
  private final InetSocketAddress http;
  private final Duration firstByteTimeout;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private ServerSocket server;
  private Thread acceptor;
  private boolean stopped;

  /**
   * @param bind where to listen (port 0 picks one)
   * @param stratum takes over a stratum connection; it owns the socket from then on
   * @param http the HTTP server's address, normally a loopback port
   * @param firstByteTimeout how long to wait for the first byte
   */
  public PortMux(
      InetSocketAddress bind,
      Consumer<Socket> stratum,
      InetSocketAddress http,
      Duration firstByteTimeout) {
    this.bind = bind;
    this.stratum = stratum;
    this.http = http;
    this.firstByteTimeout = firstByteTimeout;
  }

  public synchronized void start() {
    if (server != null || stopped) {
      return;
    }
    try {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(bind, BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + bind, e);
    }
    ServerSocket s = server;
    acceptor =
        Thread.ofVirtual().name("portmux-accept-" + s.getLocalPort()).start(() -> acceptLoop(s));
  }

  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getLocalPort();
  }

  private void acceptLoop(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket c = s.accept();
        open.add(c);
        Thread.ofVirtual().name("portmux-conn").start(() -> classify(c));
      } catch (IOException e) {
        if (!s.isClosed()) {
          LOG.warn("accept failed on port {}: {}", s.getLocalPort(), e.toString());
        }
      }
    }
  }

  private void classify(Socket c) {
    int first;
    try {
      c.setSoTimeout((int) firstByteTimeout.toMillis());
      first = c.getInputStream().read();
      c.setSoTimeout(0);
    } catch (SocketTimeoutException e) {
      closeQuietly(c);
      return;
    } catch (IOException e) {
      closeQuietly(c);
      return;
    }
    if (first < 0) {
      closeQuietly(c);
      return;
    }
    if (first == '{') {
      open.remove(c);
      try {
        stratum.accept(new PeekedSocket(c, new byte[] {(byte) first}));
      } catch (IOException | RuntimeException e) {
        LOG.warn("stratum handler failed for {}: {}", c.getRemoteSocketAddress(), e.toString());
        closeQuietly(c);
      }
    } else {
      proxyToHttp(c, (byte) first);
    }
  }

  private void proxyToHttp(Socket client, byte first) {
    Socket upstream = new Socket();
    open.add(upstream);
    try {
      upstream.connect(http, CONNECT_TIMEOUT_MS);
      upstream.getOutputStream().write(first);
      Thread up = Thread.ofVirtual().start(() -> pump(client, upstream));
      pump(upstream, client);
      up.join();
    } catch (IOException e) {
      LOG.debug("http proxy for {} ended: {}", client.getRemoteSocketAddress(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(upstream);
      closeQuietly(client);
    }
  }

  /** Copies until end of stream, then half-closes the destination so the peer sees EOF. */
  private void pump(Socket from, Socket to) {
    byte[] buf = new byte[BUFFER];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        out.flush();
      }
      if (!to.isClosed()) {
        to.shutdownOutput();
      }
    } catch (IOException e) {
      // One side reset or closed; the finally in proxyToHttp closes both.
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private void closeQuietly(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // Already gone.
    }
  }

  public synchronized void stop() {
    stopped = true;
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    if (acceptor != null) {
      // A listener closed under a blocked virtual thread is released when that thread leaves
      // accept(); wait so the port is really closed when stop returns.
      try {
        acceptor.join(STOP_WAIT_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
