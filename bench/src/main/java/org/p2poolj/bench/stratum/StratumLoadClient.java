package org.p2poolj.bench.stratum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load side of the Stratum benchmark, meant to run in its own JVM: opens N loopback sessions
 * (subscribe, authorize) on one selector thread, each submitting every {@code interval} seconds
 * from a random phase once all have work, and records submit round trips and the wall-clock arrival
 * of each notify. Prints machine-readable lines on stdout ({@code READY}, {@code NOTIFY}, {@code
 * SUBMITS}, {@code DONE}) and exits.
 *
 * <p>Args: {@code host port sessions measureSeconds intervalSeconds warmupSeconds}.
 */
public final class StratumLoadClient {
  final String host;
  final int port;
  final double intervalSeconds;
  final LatencyHistogram submits = new LatencyHistogram();
  // how long a reply waited, within the selector pass that read it, for the keys read before it:
  // a lower bound on the delay this single-threaded client adds to a round trip
  final LatencyHistogram waitedInPass = new LatencyHistogram();
  volatile long passStartNanos;
  // the round trip up to the start of the pass that read the reply: everything but that pass, so
  // an upper bound on the server's share (network, server, and the client's previous pass)
  final LatencyHistogram serverUpperBound = new LatencyHistogram();
  final LongAdder submitErrors = new LongAdder();
  final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
  final AtomicInteger withWork = new AtomicInteger();
  final AtomicInteger connectFailures = new AtomicInteger();
  final Map<String, List<Long>> notifyArrivals = new ConcurrentHashMap<>();
  volatile boolean measuring;

  StratumLoadClient(String host, int port, double intervalSeconds) {
    this.host = host;
    this.port = port;
    this.intervalSeconds = intervalSeconds;
  }

  static long nowMicros() {
    Instant i = Instant.now();
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }

  void notifyArrived(String jobId, long micros) {
    notifyArrivals.computeIfAbsent(jobId, k -> new ArrayList<>()).add(micros);
  }

  public static void main(String[] args) throws Exception {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    int sessions = Integer.parseInt(args[2]);
    int measureSeconds = Integer.parseInt(args[3]);
    double interval = Double.parseDouble(args[4]);
    int warmupSeconds = Integer.parseInt(args[5]);
    StratumLoadClient client = new StratumLoadClient(host, port, interval);
    Selector selector = Selector.open();
    List<LoadSession> all = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      LoadSession s = new LoadSession(client, i);
      try {
        s.connect(selector);
        all.add(s);
      } catch (IOException e) {
        client.connectFailures.incrementAndGet();
      }
    }
    PriorityQueue<LoadSession> due =
        new PriorityQueue<>(Comparator.comparingLong((LoadSession s) -> s.nextSubmitNanos));
    due.addAll(all);
    long start = System.nanoTime();
    long readyBy = start + TimeUnit.SECONDS.toNanos(120);
    long measureAt = Long.MAX_VALUE;
    long measuredAt = Long.MAX_VALUE;
    boolean ready = false;
    while (true) {
      long now = System.nanoTime();
      if (!ready && (client.withWork.get() >= all.size() || now > readyBy)) {
        ready = true;
        System.out.println("READY " + client.withWork.get() + " " + client.connectFailures.get());
        System.out.flush();
        measureAt = now + TimeUnit.SECONDS.toNanos(warmupSeconds);
      }
      if (now >= measureAt && !client.measuring && measuredAt == Long.MAX_VALUE) {
        client.measuring = true;
        measuredAt = now + TimeUnit.SECONDS.toNanos(measureSeconds);
        System.out.println("MEASURE");
        System.out.flush();
      }
      if (now >= measuredAt) {
        break;
      }
      // Submits only once every session has work, so warm-up starts from a steady state.
      while (ready && !due.isEmpty() && due.peek().nextSubmitNanos <= now) {
        LoadSession s = due.poll();
        try {
          s.submit();
          due.add(s);
        } catch (IOException e) {
          s.close();
        }
      }
      long wait = due.isEmpty() || !ready ? 10_000_000 : due.peek().nextSubmitNanos - now;
      selector.select(Math.max(1, Math.min(10, wait / 1_000_000)));
      client.passStartNanos = System.nanoTime();
      for (SelectionKey k : selector.selectedKeys()) {
        LoadSession s = (LoadSession) k.attachment();
        try {
          if (k.isValid() && k.isWritable()) {
            s.onWritable();
          }
          if (k.isValid() && k.isReadable() && !s.onReadable()) {
            k.cancel();
          }
        } catch (IOException e) {
          k.cancel();
          s.close();
        }
      }
      selector.selectedKeys().clear();
    }
    client.measuring = false;
    System.out.println("MEASURED");
    System.out.flush();
    client.report();
    // Keep the sessions open until the server has measured its heap with them connected.
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    for (LoadSession s : all) {
      s.close();
    }
    System.exit(0);
  }

  private void report() {
    for (Map.Entry<String, List<Long>> e : notifyArrivals.entrySet()) {
      List<Long> list = e.getValue();
      long[] t = list.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(t);
      System.out.printf(
          "NOTIFY %s %d %d %d %d %d%n",
          e.getKey(),
          t.length,
          t[0],
          t[t.length / 2],
          t[(int) Math.min(t.length - 1, Math.ceil(t.length * 0.99) - 1)],
          t[t.length - 1]);
    }
    System.out.printf(
        "SUBMITS %d %d %d %d %d %d%n",
        submits.count(),
        submitErrors.sum(),
        submits.quantileMicros(0.5),
        submits.quantileMicros(0.99),
        submits.quantileMicros(0.999),
        submits.maxMicros());
    System.out.printf(
        "INPASS %d %d %d %d %d %d%n",
        waitedInPass.quantileMicros(0.5),
        waitedInPass.quantileMicros(0.99),
        waitedInPass.quantileMicros(0.999),
        serverUpperBound.quantileMicros(0.5),
        serverUpperBound.quantileMicros(0.99),
        serverUpperBound.quantileMicros(0.999));
    StringBuilder codes = new StringBuilder("ERRORS");
    errorCodes.forEach((k, v) -> codes.append(' ').append(k).append('=').append(v.sum()));
    System.out.println(codes);
    System.out.println("DONE");
    System.out.flush();
  }
}
