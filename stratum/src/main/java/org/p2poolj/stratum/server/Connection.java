package org.p2poolj.stratum.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.LineReader;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.stratum.session.Session;
import org.p2poolj.stratum.session.SessionContext;
import org.p2poolj.stratum.session.SessionProtocol;

/**
 * The socket shell around one session: a reader that feeds lines to the protocol and a writer that
 * drains a bounded queue. A full queue means the miner does not read, and closes the connection
 * rather than block whoever is sending (a broadcast must never wait for one miner).
 */
final class Connection {
  /** Written after the last line to make the writer close the socket. */
  private static final Object END = new Object();

  /** How long a closing session may take to write its last lines. */
  private static final long LINGER_MILLIS = 5000;

  private final Socket socket;
  private final Session session;
  private final SessionProtocol protocol;
  private final SessionContext context;
  private final StratumConfig config;
  private final StratumServer server;
  private final BlockingQueue<Object> outbox;
  private final AtomicBoolean closed = new AtomicBoolean();

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
    this.outbox = new ArrayBlockingQueue<>(config.outboxCapacity());
  }

  Session session() {
    return session;
  }

  void start() {
    Thread.ofVirtual().name("stratum-read-" + session.id()).start(this::readLoop);
    Thread.ofVirtual().name("stratum-write-" + session.id()).start(this::writeLoop);
  }

  private void readLoop() {
    DisconnectReason reason = DisconnectReason.CLOSED_BY_PEER;
    try {
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeoutMillis()));
      LineReader reader = new LineReader(socket.getInputStream(), config.maxLineLength());
      String line;
      while (!closed.get() && (line = reader.readLine()) != null) {
        List<Outgoing> out;
        session.lock().lock();
        try {
          out = protocol.onLine(line, session, context);
        } finally {
          session.lock().unlock();
        }
        if (!send(out)) {
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
   * Writes each batch of queued lines with one socket write and no per-session buffer (5,000
   * sessions with a 4 KiB buffer each would hold 20 MB for nothing).
   */
  private void writeLoop() {
    try {
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream batch = new ByteArrayOutputStream(1024);
      while (true) {
        Object item = outbox.take();
        Object next = item == END ? null : outbox.poll();
        if (next == null && item instanceof byte[] single) {
          out.write(single); // the common case: one prebuilt line, written without a copy
          continue;
        }
        batch.reset();
        while (item != null && item != END) {
          batch.write(item instanceof byte[] b ? b : lineBytes((String) item));
          item = next;
          next = item == null || item == END || batch.size() >= 64 * 1024 ? null : outbox.poll();
        }
        if (batch.size() > 0) {
          out.write(batch.toByteArray());
        }
        if (item == END) {
          return;
        }
      }
    } catch (IOException e) {
      close(DisconnectReason.CLOSED_BY_PEER);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeSocket();
    }
  }

  private static byte[] lineBytes(String line) {
    return (line + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Queues messages in order; a {@link Outgoing.Close} ends the session after what precedes it is
   * written. Returns false once the connection is closing.
   */
  boolean send(List<Outgoing> messages) {
    for (Outgoing m : messages) {
      if (closed.get()) {
        return false;
      }
      if (m instanceof Outgoing.Close c) {
        if (closed.compareAndSet(false, true)) {
          finish(c.reason());
          if (outbox.offer(END)) {
            // The writer closes after the last line; a peer that never reads must not keep it.
            Thread.ofVirtual().start(this::closeSocketLater);
          } else {
            closeSocket();
          }
        }
        return false;
      }
      Object item = m instanceof Outgoing.Line l ? l.utf8() : StratumJson.encode(m);
      if (!outbox.offer(item)) {
        close(DisconnectReason.SLOW_CONSUMER);
        return false;
      }
    }
    return !closed.get();
  }

  /** Closes at once, dropping queued lines. */
  void close(DisconnectReason reason) {
    if (closed.compareAndSet(false, true)) {
      finish(reason);
      outbox.clear();
      outbox.offer(END);
      closeSocket();
    }
  }

  private void finish(DisconnectReason reason) {
    server.closed(this, reason);
  }

  private void closeSocketLater() {
    try {
      Thread.sleep(LINGER_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeSocket();
  }

  private void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do: the session is gone either way.
    }
  }
}
