package org.p2poolj.daemon.p2p;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A P2P connection to the coin daemon. It hears new blocks ({@code inv}/{@code headers}) at once,
 * answers pings, pushes full blocks, and by merely being connected satisfies litecoind's "is
 * connected" check for getblocktemplate. It reconnects with backoff when the daemon goes away.
 */
public final class DaemonP2pLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DaemonP2pLink.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

  /** Receives new-block announcements, on the link's reader thread. */
  @FunctionalInterface
  public interface Listener {
    void onBlockAnnounced(Hash256 blockHash);

    /** Called after each completed handshake (first connect and every reconnect). */
    default void onConnected() {}
  }

  private final InetSocketAddress address;
  private final byte[] magic;
  private final Listener listener;
  private final InstantSource clock;
  private final RandomGenerator random;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong announcements = new AtomicLong();
  private final AtomicLong blocksSent = new AtomicLong();
  private final Object writeLock = new Object();
  private volatile boolean running;
  private volatile Socket socket;
  private volatile CountDownLatch handshake = new CountDownLatch(1);
  private volatile Hash256 lastAnnounced = Hash256.ZERO;

  public DaemonP2pLink(
      InetSocketAddress address,
      byte[] magic,
      Listener listener,
      InstantSource clock,
      RandomGenerator random) {
    this.address = address;
    this.magic = magic.clone();
    this.listener = listener;
    this.clock = clock;
    this.random = random;
  }

  public synchronized void start() {
    if (running || executor.isShutdown()) {
      return;
    }
    running = true;
    executor.submit(this::connectLoop);
  }

  /** True once the version handshake finished on the current connection. */
  public boolean isConnected() {
    Socket s = socket;
    return s != null && !s.isClosed() && handshake.getCount() == 0;
  }

  /** Waits (bounded) for the handshake; returns whether it completed. */
  public boolean awaitConnected(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (handshake.await(Math.min(50, timeout.toMillis()), TimeUnit.MILLISECONDS)
          && isConnected()) {
        return true;
      }
    }
    return isConnected();
  }

  public long announcements() {
    return announcements.get();
  }

  public long blocksSent() {
    return blocksSent.get();
  }

  /** Pushes a serialized block as an unsolicited {@code block} message; false if not connected. */
  public boolean sendBlock(byte[] block) {
    if (!isConnected()) {
      return false;
    }
    try {
      send(new Frame("block", block));
      blocksSent.incrementAndGet();
      return true;
    } catch (IOException e) {
      LOG.warn("daemon P2P: sending a block failed: {}", e.getMessage());
      return false;
    }
  }

  private void connectLoop() {
    Duration backoff = Duration.ofMillis(100);
    while (running) {
      try (Socket s = new Socket()) {
        s.connect(address, (int) CONNECT_TIMEOUT.toMillis());
        s.setTcpNoDelay(true);
        socket = s;
        backoff = Duration.ofMillis(100);
        session(s);
      } catch (IOException | ProtocolException e) {
        if (running) {
          LOG.debug("daemon P2P link to {} down: {}", address, e.getMessage());
        }
      } finally {
        socket = null;
        handshake = new CountDownLatch(1);
      }
      if (running) {
        sleep(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      }
    }
  }

  private void session(Socket s) throws IOException {
    VersionMessage version =
        new VersionMessage(
            VersionMessage.PROTOCOL_VERSION,
            VersionMessage.SERVICES,
            clock.instant().getEpochSecond(),
            random.nextLong(),
            "/p2poolj:0.1/",
            0,
            true);
    send(new Frame("version", version.encode()));
    DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
    while (running) {
      Frame frame = read(in, magic);
      handle(frame);
    }
  }

  private static Frame read(DataInputStream in, byte[] magic) throws IOException {
    byte[] header = in.readNBytes(Frame.headerLength(magic.length));
    if (header.length < Frame.headerLength(magic.length)) {
      throw new IOException("connection closed by the daemon");
    }
    Frame.Header h = Frame.readHeader(header, magic);
    byte[] payload = in.readNBytes(h.length());
    if (payload.length < h.length()) {
      throw new IOException("connection closed inside a message");
    }
    return h.withPayload(payload);
  }

  private void handle(Frame frame) throws IOException {
    switch (frame.command()) {
      case "version" -> send(new Frame("verack", new byte[0]));
      case "verack" -> {
        handshake.countDown();
        LOG.debug("daemon P2P link to {} up", address);
        try {
          listener.onConnected();
        } catch (RuntimeException e) {
          LOG.warn("daemon P2P: connect listener failed", e);
        }
      }
      case "ping" -> send(new Frame("pong", frame.payload()));
      case "inv" -> {
        for (InvItem item : InvItem.decodeList(frame.payload())) {
          if (item.isBlock()) {
            announce(item.hash());
          }
        }
      }
      case "headers" -> {
        List<BlockHeader> headers = HeadersMessage.decode(frame.payload());
        if (!headers.isEmpty()) {
          announce(headers.getLast().hash());
        }
      }
      default -> {
        // sendheaders, sendcmpct, feefilter, addr, getheaders...: not needed by a pool.
      }
    }
  }

  private void announce(Hash256 hash) {
    if (hash.equals(lastAnnounced)) {
      return;
    }
    lastAnnounced = hash;
    announcements.incrementAndGet();
    try {
      listener.onBlockAnnounced(hash);
    } catch (RuntimeException e) {
      LOG.warn("daemon P2P: block listener failed", e);
    }
  }

  private void send(Frame frame) throws IOException {
    Socket s = socket;
    if (s == null) {
      throw new IOException("not connected");
    }
    byte[] bytes = frame.encode(magic);
    synchronized (writeLock) {
      OutputStream out = s.getOutputStream();
      out.write(bytes);
      out.flush();
    }
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // Closing to stop the reader; nothing else to do.
      }
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
