package org.p2poolj.p2p.peer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.p2p.wire.FrameDecoder;
import org.p2poolj.p2p.wire.FrameEvent;
import org.p2poolj.p2p.wire.Framing;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket shell around one peer: a reader virtual thread feeding the frame decoder and the
 * {@link Handshake} handler, and a writer virtual thread draining a bounded queue of framed
 * messages (and sending pings when idle). A full queue means the peer cannot keep up, and it is
 * dropped. All decisions are made by the handler and the {@link Listener}.
 */
public final class PeerConnection {
  private static final Logger LOG = LoggerFactory.getLogger(PeerConnection.class);
  private static final byte[] POISON = new byte[0];
  private static final int SUB_VERSION_LIMIT = 512;

  /** The node side of a connection; called from this connection's reader thread. */
  public interface Listener {
    Handshake.Context handshakeContext();

    /** The handshake passed; return false to drop the peer as a duplicate. */
    boolean onEstablished(PeerConnection connection, Message.Version version);

    /** A post-handshake message. May throw {@link ProtocolException} for a malformed one. */
    void onMessage(PeerConnection connection, Message message);

    /** Called exactly once, after the socket is closed. */
    void onClosed(PeerConnection connection, DisconnectReason reason);
  }

  private final Socket socket;
  private final PeerId id;
  private final Framing framing;
  private final ConnectionTiming timing;
  private final Listener listener;
  private final RandomGenerator random;
  private final BlockingQueue<byte[]> outbox;
  private final AtomicReference<DisconnectReason> closedReason = new AtomicReference<>();
  private final Map<DisconnectReason, Integer> offences = new EnumMap<>(DisconnectReason.class);
  private volatile Handshake.State state = Handshake.State.INITIAL;
  private volatile Message.Version ourVersion;

  public PeerConnection(
      Socket socket,
      PeerId id,
      Framing framing,
      ConnectionTiming timing,
      Listener listener,
      RandomGenerator random) {
    this.socket = socket;
    this.id = id;
    this.framing = framing;
    this.timing = timing;
    this.listener = listener;
    this.random = random;
    this.outbox = new ArrayBlockingQueue<>(timing.sendQueueCapacity());
  }

  /** Queues our {@code version} (both sides talk first) and starts the two threads. */
  public void start(Message.Version ourVersion) {
    this.ourVersion = ourVersion;
    send(ourVersion);
    Thread.ofVirtual().name("p2p-read-" + id.serial()).start(this::readLoop);
    Thread.ofVirtual().name("p2p-write-" + id.serial()).start(this::writeLoop);
  }

  public PeerId id() {
    return id;
  }

  public boolean established() {
    return state.established() && closedReason.get() == null;
  }

  /** The {@code version} we sent (empty before {@link #start}). */
  public Optional<Message.Version> ourVersion() {
    return Optional.ofNullable(ourVersion);
  }

  public Optional<Message.Version> peerVersion() {
    return state.peerVersion();
  }

  /** The peer's software version string, truncated to 512 characters as p2pool stores it. */
  public String subVersion() {
    String s = state.peerVersion().map(Message.Version::subVersion).orElse("");
    return s.length() > SUB_VERSION_LIMIT ? s.substring(0, SUB_VERSION_LIMIT) : s;
  }

  public boolean isClosed() {
    return closedReason.get() != null;
  }

  public Optional<DisconnectReason> closedReason() {
    return Optional.ofNullable(closedReason.get());
  }

  /**
   * Frames and queues a message. Returns false if the connection is closed or the queue was full
   * (which closes it).
   *
   * @throws org.p2poolj.p2p.wire.MessageTooLongException when the message exceeds the limit
   */
  public boolean send(Message m) {
    if (isClosed()) {
      return false;
    }
    byte[] frame = framing.frame(m);
    if (!outbox.offer(frame)) {
      close(DisconnectReason.SEND_QUEUE_FULL);
      return false;
    }
    return true;
  }

  /**
   * Records an offence; when this connection has committed more than the tolerance of this reason,
   * the connection is closed with it. Returns true if it was closed.
   */
  public boolean misbehaved(Misbehaviour m) {
    int count;
    synchronized (offences) {
      count = offences.merge(m.reason(), 1, Integer::sum);
    }
    if (count > m.tolerance()) {
      close(m.reason());
      return true;
    }
    return false;
  }

  /** Closes once; the first reason wins and is reported to the listener. */
  public void close(DisconnectReason reason) {
    if (!closedReason.compareAndSet(null, reason)) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("{}: error closing socket: {}", id, e.toString());
    }
    outbox.clear();
    outbox.offer(POISON);
    listener.onClosed(this, reason);
  }

  private void readLoop() {
    FrameDecoder decoder = framing.decoder();
    byte[] buf = new byte[65536];
    long deadline = System.nanoTime() + timing.handshakeTimeout().toNanos();
    try (InputStream in = socket.getInputStream()) {
      while (!isClosed()) {
        if (!state.established()) {
          long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
          if (left <= 0) {
            close(DisconnectReason.HANDSHAKE_TIMEOUT);
            return;
          }
          socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        } else {
          socket.setSoTimeout((int) Math.min(timing.idleTimeout().toMillis(), Integer.MAX_VALUE));
        }
        int n = in.read(buf);
        if (n < 0) {
          close(DisconnectReason.PEER_CLOSED);
          return;
        }
        decoder.feed(buf, 0, n);
        for (Optional<FrameEvent> e = decoder.next(); e.isPresent(); e = decoder.next()) {
          onEvent(e.get());
          if (isClosed()) {
            return;
          }
        }
        if (decoder.junkBytes() > timing.maxJunkBytes()) {
          misbehaved(Misbehaviour.of(DisconnectReason.TOO_MUCH_JUNK));
        }
      }
    } catch (SocketTimeoutException e) {
      close(
          state.established() ? DisconnectReason.IDLE_TIMEOUT : DisconnectReason.HANDSHAKE_TIMEOUT);
    } catch (IOException e) {
      close(DisconnectReason.IO_ERROR);
    }
  }

  private void onEvent(FrameEvent event) {
    switch (event) {
      case FrameEvent.Frame f -> onFrame(f);
      case FrameEvent.BadChecksum b -> misbehaved(Misbehaviour.of(DisconnectReason.BAD_CHECKSUM));
      case FrameEvent.Oversize o -> misbehaved(Misbehaviour.of(DisconnectReason.OVERSIZE_MESSAGE));
    }
  }

  private void onFrame(FrameEvent.Frame frame) {
    Optional<Message> decoded;
    try {
      decoded = Messages.decode(frame.command(), frame.payload());
    } catch (ProtocolException e) {
      LOG.debug("{}: malformed {}: {}", id, frame.command(), e.getMessage());
      misbehaved(Misbehaviour.of(DisconnectReason.MALFORMED_MESSAGE));
      return;
    }
    if (decoded.isEmpty()) {
      return; // unknown commands are ignored, as p2pool does
    }
    Handshake.Result result = Handshake.handle(decoded.get(), state, listener.handshakeContext());
    state = result.state();
    for (Handshake.Action action : result.actions()) {
      apply(action);
      if (isClosed()) {
        return;
      }
    }
  }

  private void apply(Handshake.Action action) {
    switch (action) {
      case Handshake.Action.Established e -> {
        if (!listener.onEstablished(this, e.version())) {
          close(DisconnectReason.DUPLICATE_CONNECTION);
        }
      }
      case Handshake.Action.Drop d -> misbehaved(d.misbehaviour());
      case Handshake.Action.Deliver d -> deliver(d.message());
    }
  }

  private void deliver(Message m) {
    try {
      listener.onMessage(this, m);
    } catch (ProtocolException e) {
      LOG.debug("{}: bad {}: {}", id, m.command(), e.getMessage());
      misbehaved(Misbehaviour.of(DisconnectReason.MALFORMED_MESSAGE));
    }
  }

  private void writeLoop() {
    long nextPing = System.nanoTime() + pingDelayNanos();
    try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 65536)) {
      while (!isClosed()) {
        // Before the handshake, wake often so the ping clock runs soon after it completes.
        long wait = state.established() ? Math.max(0, nextPing - System.nanoTime()) : 50_000_000L;
        byte[] frame = outbox.poll(wait, TimeUnit.NANOSECONDS);
        if (frame == POISON) {
          return;
        }
        if (frame == null) {
          if (state.established() && System.nanoTime() >= nextPing) {
            out.write(framing.frame(new Message.Ping()));
            out.flush();
            nextPing = System.nanoTime() + pingDelayNanos();
          }
          continue;
        }
        out.write(frame);
        if (outbox.isEmpty()) {
          out.flush();
        }
      }
    } catch (IOException e) {
      close(DisconnectReason.IO_ERROR);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(DisconnectReason.SHUTDOWN);
    }
  }

  /**
   * Exponentially distributed with the configured mean (p2pool's {@code expovariate}), but never
   * longer than half the idle timeout: with p2pool's 100 s mean and 100 s timeout, an uncapped gap
   * outlasts the peer's timer about a third of the time, and a quiet chain would keep dropping its
   * connections.
   */
  private long pingDelayNanos() {
    return ConnectionTiming.cappedPingGapNanos(
        random.nextDouble(), timing.pingMean(), timing.idleTimeout());
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
