package org.p2poolj.p2p.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.wire.FrameDecoder;
import org.p2poolj.p2p.wire.FrameEvent;
import org.p2poolj.p2p.wire.Framing;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.Messages;
import org.p2poolj.p2p.wire.PeerAddress;

/** A raw-socket p2pool client on 127.0.0.1 that can behave well or badly. */
public final class TestPeer implements AutoCloseable {
  private final Socket socket;
  private final Framing framing;
  private final FrameDecoder decoder;
  private final InputStream in;
  private final OutputStream out;
  private final Deque<Message> pending = new ArrayDeque<>();

  public TestPeer(int port, Framing framing) throws IOException {
    this.socket = new Socket("127.0.0.1", port);
    this.socket.setTcpNoDelay(true);
    this.framing = framing;
    this.decoder = framing.decoder();
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  public static Message.Version version(long protocol, long nonce, Optional<Hash256> best) {
    PeerAddress a = PeerAddress.of(0, "127.0.0.1", 9);
    return new Message.Version(protocol, 0, a, a, nonce, "test-peer", 1, best);
  }

  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  public void send(Message m) throws IOException {
    sendRaw(framing.frame(m));
  }

  /** Sends our version and waits for the node's. */
  public Message.Version handshake(long nonce) throws IOException {
    send(version(3502, nonce, Optional.empty()));
    return expect(Message.Version.class, Duration.ofSeconds(5));
  }

  /** The next decoded message, or empty on timeout. Throws on EOF. */
  public Optional<Message> read(Duration timeout) throws IOException {
    if (!pending.isEmpty()) {
      return Optional.of(pending.poll());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buf = new byte[65536];
    while (true) {
      for (Optional<FrameEvent> e = decoder.next(); e.isPresent(); e = decoder.next()) {
        if (e.get() instanceof FrameEvent.Frame f) {
          Messages.decode(f.command(), f.payload()).ifPresent(pending::add);
        }
      }
      if (!pending.isEmpty()) {
        return Optional.of(pending.poll());
      }
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) left);
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        return Optional.empty();
      }
      if (n < 0) {
        throw new IOException("closed by the node");
      }
      decoder.feed(buf, 0, n);
    }
  }

  /** Reads until a message of this type arrives (others are skipped). */
  public <T extends Message> T expect(Class<T> type, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Message> m = read(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (m.isPresent() && type.isInstance(m.get())) {
        return type.cast(m.get());
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " within " + timeout);
  }

  /** True if the node closes the connection within the timeout (anything it sends is skipped). */
  public boolean awaitClosed(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        read(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
      return false;
    } catch (IOException closed) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
