package org.p2poolj.bench.stratum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** One simulated miner of the load client: a reader and a steady submitter on virtual threads. */
final class LoadSession {
  private static final int SUBMIT_ID_BASE = 100;

  private final StratumLoadClient client;
  private final int index;
  private final AtomicLongArray sentAt = new AtomicLongArray(64);
  private Socket socket;
  private OutputStream out;
  private volatile String jobId;
  private volatile String ntime;
  private boolean hadWork;
  private long nextId = SUBMIT_ID_BASE;
  private long extranonce2;

  LoadSession(StratumLoadClient client, int index) {
    this.client = client;
    this.index = index;
  }

  void connect() throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(client.host, client.port), 30_000);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"loadclient\"]}");
    send(
        "{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"Qbench.w"
            + index
            + "+0.0000000001\",\"x\"]}");
    Thread.ofVirtual().start(this::readLoop);
    Thread.ofVirtual().start(this::submitLoop);
  }

  private void send(String line) throws IOException {
    byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      out.write(b);
      out.flush();
    }
  }

  private void readLoop() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 4096)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.contains("\"method\":\"mining.notify\"")) {
          long at = StratumLoadClient.nowMicros();
          // By hand, not with a JSON parser: 5,000 parses per block would be the client's own
          // delay.
          int start = line.indexOf("\"params\":[\"") + 11;
          String[] tail = line.substring(line.lastIndexOf("],\"")).split("\"");
          ntime = tail[5];
          jobId = line.substring(start, line.indexOf('"', start));
          client.notifyArrived(jobId, at);
          if (!hadWork) {
            hadWork = true;
            client.withWork.incrementAndGet();
          }
        } else if (line.startsWith("{\"id\":") && !line.contains("\"method\"")) {
          onReply(line);
        }
      }
    } catch (IOException e) {
      // The benchmark closes sockets at the end.
    }
  }

  /** Replies are read by hand: the server writes {@code {"id":N,...}} with the id first. */
  private void onReply(String reply) {
    int comma = reply.indexOf(',');
    long id;
    try {
      id = Long.parseLong(reply.substring(6, comma));
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      return;
    }
    if (id < SUBMIT_ID_BASE) {
      return;
    }
    long sent = sentAt.get((int) (id % 64));
    long micros = (System.nanoTime() - sent) / 1000;
    if (client.measuring) {
      client.submits.record(micros);
      if (!reply.contains("\"error\":null")) {
        client.submitErrors.increment();
        int at = reply.indexOf("\"error\":[");
        String code = at < 0 ? "?" : reply.substring(at + 9, reply.indexOf(',', at + 9));
        client.errorCodes.computeIfAbsent(code, k -> new LongAdder()).increment();
      }
    }
  }

  private void submitLoop() {
    long periodNanos = (long) (client.intervalSeconds * 1e9);
    long next = System.nanoTime() + ThreadLocalRandom.current().nextLong(periodNanos);
    try {
      while (client.running) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        next += periodNanos;
        String job = jobId;
        if (job == null) {
          continue;
        }
        long id = nextId++;
        String line =
            "{\"id\":"
                + id
                + ",\"method\":\"mining.submit\",\"params\":[\"Qbench.w"
                + index
                + "+0.0000000001\",\""
                + job
                + "\",\""
                + String.format("%08x", extranonce2++)
                + "\",\""
                + ntime
                + "\",\""
                + String.format("%08x", ThreadLocalRandom.current().nextInt())
                + "\"]}";
        sentAt.set((int) (id % 64), System.nanoTime());
        send(line);
      }
    } catch (InterruptedException | IOException e) {
      // Ending.
    }
  }

  void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      // Ending.
    }
  }
}
