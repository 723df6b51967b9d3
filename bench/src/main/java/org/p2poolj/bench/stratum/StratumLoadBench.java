package org.p2poolj.bench.stratum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.server.StratumConfig;
import org.p2poolj.stratum.server.StratumServer;
import org.p2poolj.stratum.session.SessionSettings;
import org.p2poolj.stratum.submit.Submission;
import org.p2poolj.stratum.submit.SubmitSink;
import org.p2poolj.stratum.username.AddressValidator;
import org.p2poolj.stratum.username.InvalidAddressPolicy;
import org.p2poolj.stratum.username.PayoutResolver;
import org.p2poolj.stratum.vardiff.DifficultyUnits;
import org.p2poolj.stratum.vardiff.VardiffConfig;

/**
 * Stratum load benchmark. Starts the server in this JVM (run it with {@code -Xmx512m} to hold it to
 * the heap target) and the load client in a child JVM; publishes a new block every few seconds;
 * prints p50/p99 submit latency, the time until every session has each new notify, and the heap.
 * Stops by itself.
 *
 * <p>Options ({@code key=value}): {@code sessions=5000 seconds=30 interval=5 warmup=5 templates=3
 * pow=scrypt|sha256d}.
 */
public final class StratumLoadBench {
  private StratumLoadBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (String a : args) {
      String[] kv = a.split("=", 2);
      opt.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    int sessions = Integer.parseInt(opt.getOrDefault("sessions", "5000"));
    int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
    String interval = opt.getOrDefault("interval", "5");
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
    int templateSeconds = Integer.parseInt(opt.getOrDefault("templates", "3"));
    PowFunction pow =
        opt.getOrDefault("pow", "scrypt").equals("sha256d")
            ? PowFunction.SHA256D
            : PowFunction.SCRYPT;

    System.out.printf(
        "stratum load: %d sessions, a submit every %s s each, %d s measured after %d s warm-up, "
            + "pow %s, %d CPUs, max heap %d MB%n",
        sessions,
        interval,
        seconds,
        warmup,
        pow,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println(
        "open files limit: " + openFilesLimit() + "; load average: " + loadAverage());

    BenchWorkSource work = new BenchWorkSource();
    LongAdder shares = new LongAdder();
    LongAdder pseudoshares = new LongAdder();
    SubmitSink sink =
        new SubmitSink() {
          @Override
          public void onShare(Submission s) {
            shares.increment();
          }

          @Override
          public void onPseudoshare(Submission s) {
            pseudoshares.increment();
          }
        };
    VardiffConfig vardiff =
        new VardiffConfig(
            3.0, 12, BigInteger.ONE.shiftLeft(200), Difficulty.MAX_256, Difficulty.MAX_256, 10_000);
    StratumConfig config =
        StratumConfig.defaults(pow, SessionSettings.defaults(DifficultyUnits.SCRYPT, vardiff))
            .withLimits(sessions + 100, 300_000);
    StratumServer server =
        new StratumServer(
            config,
            work,
            sink,
            new PayoutResolver(
                AddressValidator.ACCEPT_ALL, InvalidAddressPolicy.REFUSE, null, "bench"));
    server.start();
    work.newBlock();
    server.awaitBroadcasts(5000);

    Process child = startClient(server.port(), sessions, seconds, interval, warmup);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    // A platform thread: a virtual one would pin a carrier while blocked on the pipe.
    Thread.ofPlatform().daemon().start(() -> pump(child, lines));
    try {
      run(
          server,
          work,
          child,
          lines,
          sessions,
          seconds,
          warmup,
          templateSeconds,
          shares,
          pseudoshares);
    } finally {
      child.destroy();
      child.waitFor(10, TimeUnit.SECONDS);
      server.stop();
    }
    System.exit(0);
  }

  private static void run(
      StratumServer server,
      BenchWorkSource work,
      Process child,
      BlockingQueue<String> lines,
      int sessions,
      int seconds,
      int warmup,
      int templateSeconds,
      LongAdder shares,
      LongAdder pseudoshares)
      throws Exception {
    long t0 = System.nanoTime();
    String ready = lines.poll(300, TimeUnit.SECONDS);
    if (ready == null || !ready.startsWith("READY")) {
      throw new IllegalStateException("load client not ready: " + ready);
    }
    System.out.printf(
        "connected: %s (client: sessions with work, connect failures) in %.1f s; server sessions %d%n",
        ready.substring(6), (System.nanoTime() - t0) / 1e9, server.stats().sessions());
    long heapIdle = usedHeapAfterGc();
    System.out.printf("server heap after GC with %d sessions: %d MB%n", sessions, heapIdle >> 20);

    Map<String, Long> published = new HashMap<>();
    List<Long> enqueueNanos = new ArrayList<>();
    WorkRequest request = new WorkRequest("Qbench", null);
    long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup + seconds - 1);
    int warmupBlocks = 0;
    while (System.nanoTime() + TimeUnit.SECONDS.toNanos(templateSeconds) < end) {
      Thread.sleep(templateSeconds * 1000L);
      long at = StratumLoadClient.nowMicros();
      boolean measured = System.nanoTime() >= measureFrom;
      work.newBlock();
      server.awaitBroadcasts(10_000);
      // blocks of the warm-up (JIT still compiling the submit path) are not counted
      if (measured) {
        published.put(server.currentJob(request).orElseThrow().jobId(), at);
        enqueueNanos.add(server.stats().lastBroadcast().enqueueNanos());
      } else {
        warmupBlocks++;
      }
    }
    System.out.printf("blocks published during the warm-up, not counted: %d%n", warmupBlocks);

    List<Long> notifyMillis = new ArrayList<>();
    String line;
    while ((line = lines.poll(120, TimeUnit.SECONDS)) != null && !line.equals("DONE")) {
      String[] f = line.split(" ");
      if (f[0].equals("NOTIFY") && published.containsKey(f[1])) {
        long pub = published.get(f[1]);
        int count = Integer.parseInt(f[2]);
        double p50 = (Long.parseLong(f[4]) - pub) / 1000.0;
        double p99 = (Long.parseLong(f[5]) - pub) / 1000.0;
        double all = (Long.parseLong(f[6]) - pub) / 1000.0;
        notifyMillis.add(Long.parseLong(f[6]) - pub);
        System.out.printf(
            "new block job %s: %d sessions notified; after publish p50 %.1f ms, p99 %.1f ms, "
                + "all %.1f ms%n",
            f[1], count, p50, p99, all);
      } else if (f[0].equals("INPASS")) {
        System.out.println(
            "of which the load client's own delay (a reply waiting in its selector pass behind other"
                + " sockets; a lower bound): "
                + quantiles(f, 1));
        System.out.println(
            "round trip up to the client pass that read the reply (an upper bound on the server's"
                + " share): "
                + quantiles(f, 4));
      } else if (f[0].equals("ERRORS")) {
        System.out.println("submit errors by Stratum code: " + line.substring(6));
      } else if (f[0].equals("SUBMITS")) {
        System.out.printf(
            "submits measured: %s (errors %s); latency %s, max %.2f ms%n",
            f[1], f[2], quantiles(f, 3), Long.parseLong(f[6]) / 1000.0);
      }
    }
    long heapLoaded = usedHeapAfterGc();
    int connected = server.stats().sessions();
    // read before the client is told to exit, or its own closing counts as disconnects
    Map<DisconnectReason, Long> disconnects = server.stats().disconnects();
    child.getOutputStream().write("EXIT\n".getBytes(StandardCharsets.UTF_8));
    child.getOutputStream().flush();
    System.out.println("load average after the run: " + loadAverage());
    double window = seconds;
    System.out.printf(
        "CPU while measuring (%d s): server %.1f s (%.0f%% of one core), load client %.1f s;"
            + " blocks published in the window: about %d%n",
        seconds,
        (CPU[2] - CPU[0]) / 1e9,
        100 * (CPU[2] - CPU[0]) / 1e9 / window,
        (CPU[3] - CPU[1]) / 1e9,
        seconds / templateSeconds);
    notifyMillis.sort(null);
    System.out.printf(
        "broadcast enqueue on the server: %s ms%n",
        enqueueNanos.stream().map(n -> String.format("%.1f", n / 1e6)).toList());
    if (!notifyMillis.isEmpty()) {
      System.out.printf(
          "time until all sessions had the notify: median %.1f ms, worst %.1f ms over %d blocks%n",
          notifyMillis.get(notifyMillis.size() / 2) / 1000.0,
          notifyMillis.get(notifyMillis.size() - 1) / 1000.0,
          notifyMillis.size());
    }
    System.out.printf(
        "server heap after GC after the load, %d sessions still open: %d MB; server accepted %d pseudoshares, %d shares; "
            + "disconnects %s%n",
        connected, heapLoaded >> 20, pseudoshares.sum(), shares.sum(), disconnects);
  }

  private static Process startClient(
      int port, int sessions, int seconds, String interval, int warmup) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            StratumLoadClient.class.getName(),
            "127.0.0.1",
            String.valueOf(port),
            String.valueOf(sessions),
            String.valueOf(seconds),
            interval,
            String.valueOf(warmup));
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  /** Process CPU nanoseconds of the server and the client at the start and end of measuring. */
  private static final long[] CPU = new long[4];

  private static void pump(Process child, BlockingQueue<String> lines) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.equals("MEASURE") || line.equals("MEASURED")) {
          int i = line.equals("MEASURE") ? 0 : 2;
          CPU[i] = processCpuNanos();
          CPU[i + 1] = child.toHandle().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
          continue;
        }
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("CLIENT-ERROR " + e);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String openFilesLimit() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (l.startsWith("Max open files")) {
          return l.replaceAll("\\s+", " ").substring("Max open files ".length());
        }
      }
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }

  /** "p50 a ms, p99 b ms, p99.9 c ms" from three microsecond fields starting at {@code at}. */
  private static String quantiles(String[] f, int at) {
    return String.format(
        "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms",
        Long.parseLong(f[at]) / 1000.0,
        Long.parseLong(f[at + 1]) / 1000.0,
        Long.parseLong(f[at + 2]) / 1000.0);
  }
}
