package org.p2poolj.bench.stratum;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under the Stratum "all sessions notified" figure on this machine: the cheapest fan-out
 * Java can do. One platform thread writes one prebuilt line to N non-blocking loopback sockets in a
 * plain loop (no sessions, no locks, no virtual threads, no JSON); one selector thread on the other
 * end reads them and only counts newlines. It prints the time from the first write until the reader
 * has all N lines, and the writer's CPU per socket.
 *
 * <p>Args: {@code sessions lineBytes rounds}; defaults 5000 700 20.
 */
public final class LoopbackFanoutFloor {
  private LoopbackFanoutFloor() {}

  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int lineBytes = args.length > 1 ? Integer.parseInt(args[1]) : 700;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int writers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    byte[] line = new byte[lineBytes];
    Arrays.fill(line, (byte) 'x');
    line[lineBytes - 1] = '\n';

    ServerSocketChannel listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress("127.0.0.1", 0), sessions);
    int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
    Selector readSel = Selector.open();
    List<SocketChannel> serverSide = new ArrayList<>(sessions);
    for (int i = 0; i < sessions; i++) {
      SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
      c.setOption(StandardSocketOptions.TCP_NODELAY, true);
      c.configureBlocking(false);
      c.register(readSel, SelectionKey.OP_READ);
      SocketChannel s = listener.accept();
      s.setOption(StandardSocketOptions.TCP_NODELAY, true);
      s.configureBlocking(false);
      serverSide.add(s);
    }

    AtomicLong lines = new AtomicLong();
    AtomicLong target = new AtomicLong(Long.MAX_VALUE);
    AtomicLong doneAt = new AtomicLong();
    CountDownLatch[] roundDone = {new CountDownLatch(1)};
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .name("fanout-reader")
            .start(
                () -> {
                  ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024);
                  try {
                    while (true) {
                      readSel.select();
                      for (SelectionKey k : readSel.selectedKeys()) {
                        buf.clear();
                        int n = ((SocketChannel) k.channel()).read(buf);
                        for (int i = 0; i < n; i++) {
                          if (buf.get(i) == '\n' && lines.incrementAndGet() == target.get()) {
                            doneAt.set(System.nanoTime());
                            roundDone[0].countDown();
                          }
                        }
                      }
                      readSel.selectedKeys().clear();
                    }
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                });

    var mx = ManagementFactory.getThreadMXBean();
    long[] wall = new long[rounds];
    long[] cpu = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      roundDone[0] = new CountDownLatch(1);
      target.set((long) (r + 1) * sessions);
      AtomicLong cpuNs = new AtomicLong();
      List<Thread> team = new ArrayList<>(writers);
      long t0 = System.nanoTime();
      for (int w = 0; w < writers; w++) {
        List<SocketChannel> part =
            serverSide.subList(w * sessions / writers, (w + 1) * sessions / writers);
        team.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      long c0 = mx.getCurrentThreadCpuTime();
                      writeAll(part, line);
                      cpuNs.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    }));
      }
      for (Thread t : team) {
        t.join();
      }
      cpu[r] = cpuNs.get();
      roundDone[0].await();
      wall[r] = doneAt.get() - t0;
      Thread.sleep(300);
    }
    // the first rounds pay for JIT and TCP slow start; report the rest
    int skip = Math.min(5, rounds - 1);
    long[] w = Arrays.copyOfRange(wall, skip, rounds);
    long[] c = Arrays.copyOfRange(cpu, skip, rounds);
    Arrays.sort(w);
    Arrays.sort(c);
    System.out.printf(
        "%d sockets, %d writer thread(s), %d-byte line, %d rounds after %d warm-up: all lines read"
            + " after median %.1f ms (min %.1f, max %.1f); writer CPU median %.1f µs per socket%n",
        sessions,
        writers,
        lineBytes,
        w.length,
        skip,
        w[w.length / 2] / 1e6,
        w[0] / 1e6,
        w[w.length - 1] / 1e6,
        c[c.length / 2] / 1e3 / sessions);
    reader.interrupt();
    for (SocketChannel s : serverSide) {
      s.close();
    }
  }

  private static void writeAll(List<SocketChannel> sockets, byte[] line) {
    ByteBuffer out = ByteBuffer.wrap(line);
    try {
      for (SocketChannel s : sockets) {
        out.rewind();
        if (s.write(out) != line.length) {
          throw new IllegalStateException("socket buffer full: the reader fell behind");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
