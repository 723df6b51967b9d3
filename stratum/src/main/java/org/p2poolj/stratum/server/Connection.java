package org.p2poolj.stratum.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.LineReader;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.stratum.session.Session;
import org.p2poolj.stratum.session.SessionContext;
import org.p2poolj.stratum.session.SessionProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket shell around one session: one virtual thread reads lines, feeds them to the protocol
 * and writes the replies itself; the broadcast and the tick write from their own threads.
 *
 * <p>Lines reach the miner in the order they were built. Every batch is built under the session
 * lock and takes a ticket there ({@link #ticketFor}); writers wait for their ticket's turn. A
 * notify built before another is therefore never written after it (the miner always ends on the
 * newest job), and a {@code set_difficulty} is never overtaken by an older one.
 *
 * <p>Why no writer thread per session: waking 5,000 writers per broadcast cost a thread wake-up per
 * session, flooded the carriers so submits queued behind the writers, and left 5,000 more frozen
 * stacks for every young GC to copy. A write only blocks when the miner stops reading and its
 * socket buffer fills; then {@link #closeIfStuck} (from the server's tick) closes the socket, which
 * ends the write.
 */
final class Connection {
  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
  private static final long TURN_RECHECK_NANOS = 100_000_000;

  private final Socket socket;
  private final Session session;
  private final SessionProtocol protocol;
  private final SessionContext context;
  private final StratumConfig config;
  private final StratumServer server;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Condition turn = writeLock.newCondition();
  private final AtomicLong tickets = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  // the ticket whose batch is written next; guarded by writeLock
  private long serving;
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
        long ticket;
        session.lock().lock();
        try {
          replies = protocol.onLine(line, session, context);
          ticket = ticketFor(replies);
        } finally {
          session.lock().unlock();
        }
        if (!write(replies, ticket)) {
          return;
        }
      }
    } catch (SocketTimeoutException e) {
      reason = DisconnectReason.IDLE_TIMEOUT;
    } catch (LineReader.LineTooLongException e) {
      reason = DisconnectReason.LINE_TOO_LONG;
    } catch (IOException e) {
      reason = DisconnectReason.CLOSED_BY_PEER;
    } catch (RuntimeException e) {
      LOG.warn("session {} {}: unexpected error, closing it", session.id(), session.remote(), e);
      reason = DisconnectReason.SERVER_ERROR;
    } finally {
      server.readerDone(session);
      close(reason); // no-op when already closed
    }
  }

  /**
   * The place in the write order of a batch built just now; call it while holding the session lock,
   * right after building the batch. An empty batch is never written and takes no place (-1).
   */
  long ticketFor(List<Outgoing> batch) {
    return batch.isEmpty() ? -1 : tickets.getAndIncrement();
  }

  /**
   * Writes the batch when its ticket's turn comes; a {@link Outgoing.Close} ends the session after
   * what precedes it is written. Returns false once the connection is closing.
   */
  boolean write(List<Outgoing> messages, long ticket) {
    if (messages.isEmpty()) {
      return !closed.get();
    }
    writeLock.lock();
    boolean interrupted = false;
    while (serving != ticket && !closed.get()) {
      try {
        // timed: a close that could not take the lock to signal is still noticed
        turn.awaitNanos(TURN_RECHECK_NANOS);
      } catch (InterruptedException e) {
        interrupted = true; // keep our place: later tickets wait for this one
      }
    }
    try {
      return writeLocked(messages, ticket);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * As {@link #write}, but only if nobody is writing and it is this ticket's turn: true when
   * written (or the session is closed), false when the caller must hand the batch to a thread that
   * may wait.
   */
  boolean tryWrite(List<Outgoing> messages, long ticket) {
    if (!writeLock.tryLock()) {
      return false;
    }
    if (serving != ticket && !closed.get()) {
      writeLock.unlock();
      return false;
    }
    writeLocked(messages, ticket);
    return true;
  }

  private boolean writeLocked(List<Outgoing> messages, long ticket) {
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
      if (serving == ticket) {
        serving++;
      }
      turn.signalAll();
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
      batch.writeBytes(
          m instanceof Outgoing.Line l
              ? l.utf8()
              : (StratumJson.encode(m) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return batch.toByteArray();
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

  /** Closes at once; threads waiting for their turn to write give up. */
  void close(DisconnectReason reason) {
    if (closed.compareAndSet(false, true)) {
      server.closed(this, reason);
      try {
        socket.close();
      } catch (IOException e) {
        // Nothing to do: the session is gone either way.
      }
      // Waiters are woken by the writer that holds the lock when its write fails; if nobody is
      // writing, wake them here (never blocks: a blocked writer holds the lock, so tryLock fails).
      if (writeLock.tryLock()) {
        try {
          turn.signalAll();
        } finally {
          writeLock.unlock();
        }
      }
    }
  }
}
