package org.p2poolj.stratum.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.LineReader;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.stratum.session.Session;
import org.p2poolj.stratum.session.SessionContext;
import org.p2poolj.stratum.session.SessionProtocol;

/**
 * The socket shell around one session: one virtual thread reads lines, feeds them to the protocol
 * and writes the replies itself; other threads (the broadcast, the tick) write through {@link
 * #tryWrite} or {@link #write}. One lock keeps lines whole.
 *
 * <p>Why no writer thread per session: waking 5,000 writers per broadcast cost a thread wake-up per
 * session, flooded the carriers so submits queued behind the writers, and left 5,000 more frozen
 * stacks for every young GC to copy. A write only blocks when the miner stops reading and its
 * socket buffer fills; then {@link #closeIfStuck} (from the server's tick) closes the socket, which
 * ends the write.
 */
final class Connection {
  private final Socket socket;
  private final Session session;
  private final SessionProtocol protocol;
  private final SessionContext context;
  private final StratumConfig config;
  private final StratumServer server;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile OutputStream out;
  // System.nanoTime() when the write in progress began; 0 when none is
  private volatile long writingSince;

  Connection(
      Socket socket,
      Session session,
      SessionProtocol protocol,
      SessionContext context,
      StratumConfig config,
      StratumServer server) {
    this.socket = socket;
    this.session = session;
    this.protocol = protocol;
    this.context = context;
    this.config = config;
    this.server = server;
  }

  Session session() {
    return session;
  }

  void start() {
    Thread.ofVirtual().name("stratum-" + session.id()).start(this::readLoop);
  }

  private void readLoop() {
    DisconnectReason reason = DisconnectReason.CLOSED_BY_PEER;
    try {
      out = socket.getOutputStream();
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeoutMillis()));
      LineReader reader = new LineReader(socket.getInputStream(), config.maxLineLength());
      String line;
      while (!closed.get() && (line = reader.readLine()) != null) {
        List<Outgoing> replies;
        session.lock().lock();
        try {
          replies = protocol.onLine(line, session, context);
        } finally {
          session.lock().unlock();
        }
        if (!write(replies)) {
          return;
        }
      }
    } catch (SocketTimeoutException e) {
      reason = DisconnectReason.IDLE_TIMEOUT;
    } catch (LineReader.LineTooLongException e) {
      reason = DisconnectReason.LINE_TOO_LONG;
    } catch (IOException e) {
      reason = DisconnectReason.CLOSED_BY_PEER;
    } finally {
      server.readerDone(session);
    }
    close(reason);
  }

  /**
   * Writes the messages in order, waiting for the write lock; a {@link Outgoing.Close} ends the
   * session after what precedes it is written. Returns false once the connection is closing.
   */
  boolean write(List<Outgoing> messages) {
    return write(messages, () -> true);
  }

  /**
   * As {@link #write(List)}, but once this thread holds the write lock it first asks {@code
   * stillWanted}: a notify handed to a thread that had to wait is dropped if newer work got there
   * first, so a miner never ends up on an older job.
   */
  boolean write(List<Outgoing> messages, BooleanSupplier stillWanted) {
    if (messages.isEmpty()) {
      return !closed.get();
    }
    writeLock.lock();
    if (!stillWanted.getAsBoolean()) {
      writeLock.unlock();
      return !closed.get();
    }
    return writeLocked(messages);
  }

  /**
   * As {@link #write}, but only if no other thread is writing to this session right now: true when
   * written (or nothing to do), false when busy, so the caller can hand the lines to a thread that
   * may wait.
   */
  boolean tryWrite(List<Outgoing> messages) {
    if (messages.isEmpty() || closed.get()) {
      return true;
    }
    if (!writeLock.tryLock()) {
      return false;
    }
    writeLocked(messages);
    return true;
  }

  private boolean writeLocked(List<Outgoing> messages) {
    DisconnectReason closing = null;
    try {
      OutputStream o = out;
      if (closed.get() || o == null) {
        return false;
      }
      byte[] bytes = encode(messages);
      for (Outgoing m : messages) {
        if (m instanceof Outgoing.Close c) {
          closing = c.reason();
          break;
        }
      }
      if (bytes.length > 0) {
        writingSince = System.nanoTime() | 1; // never 0 while writing
        try {
          o.write(bytes);
        } finally {
          writingSince = 0;
        }
      }
    } catch (IOException e) {
      closing = closed.get() ? null : DisconnectReason.CLOSED_BY_PEER;
    } finally {
      writeLock.unlock();
    }
    if (closing != null) {
      close(closing);
      return false;
    }
    return !closed.get();
  }

  /** The lines before the first Close, in one buffer: one socket write per batch. */
  private static byte[] encode(List<Outgoing> messages) {
    if (messages.size() == 1 && messages.getFirst() instanceof Outgoing.Line l) {
      return l.utf8(); // the common case: one prebuilt notify
    }
    ByteArrayOutputStream batch = new ByteArrayOutputStream(512);
    for (Outgoing m : messages) {
      if (m instanceof Outgoing.Close) {
        break;
      }
      batch.writeBytes(m instanceof Outgoing.Line l ? l.utf8() : lineBytes(m));
    }
    return batch.toByteArray();
  }

  private static byte[] lineBytes(Outgoing m) {
    return StratumJson.encode(m).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Closes the session if a write has been blocked longer than {@code timeoutNanos}: the miner is
   * not reading. Closing the socket ends the blocked write. Returns whether it closed.
   */
  boolean closeIfStuck(long nowNanos, long timeoutNanos) {
    long since = writingSince;
    if (since != 0 && nowNanos - since > timeoutNanos) {
      close(DisconnectReason.SLOW_CONSUMER);
      return true;
    }
    return false;
  }

  /** Closes at once. */
  void close(DisconnectReason reason) {
    if (closed.compareAndSet(false, true)) {
      server.closed(this, reason);
      try {
        socket.close();
      } catch (IOException e) {
        // Nothing to do: the session is gone either way.
      }
    }
  }
}
