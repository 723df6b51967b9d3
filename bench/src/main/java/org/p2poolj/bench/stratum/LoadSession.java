package org.p2poolj.bench.stratum;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * One simulated miner of the load client: a non-blocking channel served by the client's single
 * selector thread, so the client's own cost per notify or reply is a read and a line scan, not a
 * thread wake-up (the figures should describe the server, not the load generator).
 */
final class LoadSession {
  private static final int SUBMIT_ID_BASE = 100;

  private final StratumLoadClient client;
  private final int index;
  private final long[] sentAt = new long[64];
  private final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
  private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
  private SocketChannel channel;
  private SelectionKey key;
  private String jobId;
  private String ntime;
  private long nextId = SUBMIT_ID_BASE;
  private long extranonce2;
  long nextSubmitNanos;

  LoadSession(StratumLoadClient client, int index) {
    this.client = client;
    this.index = index;
  }

  /** Connects (blocking, before the loop starts) and registers with the selector. */
  void connect(Selector selector) throws IOException {
    channel = SocketChannel.open(new InetSocketAddress(client.host, client.port));
    channel.socket().setTcpNoDelay(true);
    channel.configureBlocking(false);
    key = channel.register(selector, SelectionKey.OP_READ, this);
    long period = (long) (client.intervalSeconds * 1e9);
    nextSubmitNanos = System.nanoTime() + ThreadLocalRandom.current().nextLong(period);
    send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"loadclient\"]}");
    send("{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"" + worker() + "\",\"x\"]}");
  }

  private String worker() {
    return "Qbench.w" + index + "+0.0000000001";
  }

  private void send(String line) throws IOException {
    ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    if (pending.isEmpty()) {
      channel.write(b);
    }
    if (b.hasRemaining()) {
      pending.add(b);
      key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }
  }

  /** The selector found the channel writable: flush what the kernel refused earlier. */
  void onWritable() throws IOException {
    while (!pending.isEmpty()) {
      ByteBuffer b = pending.peek();
      channel.write(b);
      if (b.hasRemaining()) {
        return;
      }
      pending.poll();
    }
    key.interestOps(SelectionKey.OP_READ);
  }

  /** Reads what arrived and handles each complete line; false when the server closed. */
  boolean onReadable() throws IOException {
    int n = channel.read(in);
    if (n < 0) {
      return false;
    }
    int start = 0;
    int end = in.position();
    byte[] a = in.array();
    for (int i = 0; i < end; i++) {
      if (a[i] == '\n') {
        onLine(new String(a, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    System.arraycopy(a, start, a, 0, end - start);
    in.position(end - start);
    if (!in.hasRemaining()) {
      throw new IOException("line longer than " + in.capacity() + " bytes");
    }
    return true;
  }

  private void onLine(String line) {
    if (line.contains("\"method\":\"mining.notify\"")) {
      long at = StratumLoadClient.nowMicros();
      // By hand, not with a JSON parser: the notify's job id and ntime are all we need.
      int start = line.indexOf("\"params\":[\"") + 11;
      String[] tail = line.substring(line.lastIndexOf("],\"")).split("\"");
      ntime = tail[5];
      String job = line.substring(start, line.indexOf('"', start));
      client.notifyArrived(job, at);
      if (jobId == null) {
        client.withWork.incrementAndGet();
      }
      jobId = job;
    } else if (line.startsWith("{\"id\":") && !line.contains("\"method\"")) {
      onReply(line);
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
    long now = System.nanoTime();
    long micros = (now - sentAt[(int) (id % 64)]) / 1000;
    if (client.measuring) {
      client.submits.record(micros);
      client.waitedInPass.record((now - client.passStartNanos) / 1000);
      // the reply was already readable when this pass's select() returned
      client.serverUpperBound.record(
          Math.min(micros, Math.max(0, client.passStartNanos - sentAt[(int) (id % 64)]) / 1000));
      if (!reply.contains("\"error\":null")) {
        client.submitErrors.increment();
        int at = reply.indexOf("\"error\":[");
        String code = at < 0 ? "?" : reply.substring(at + 9, reply.indexOf(',', at + 9));
        client.errorCodes.computeIfAbsent(code, k -> new LongAdder()).increment();
      }
    }
  }

  /** Sends the next submit if the session has work; schedules the one after. */
  void submit() throws IOException {
    nextSubmitNanos += (long) (client.intervalSeconds * 1e9);
    if (jobId == null) {
      return;
    }
    long id = nextId++;
    String line =
        "{\"id\":"
            + id
            + ",\"method\":\"mining.submit\",\"params\":[\""
            + worker()
            + "\",\""
            + jobId
            + "\",\""
            + String.format("%08x", extranonce2++)
            + "\",\""
            + ntime
            + "\",\""
            + String.format("%08x", ThreadLocalRandom.current().nextInt())
            + "\"]}";
    sentAt[(int) (id % 64)] = System.nanoTime();
    send(line);
  }

  void close() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Ending.
    }
  }
}
