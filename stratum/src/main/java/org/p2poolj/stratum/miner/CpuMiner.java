package org.p2poolj.stratum.miner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.submit.HeaderBuilder;

/**
 * A real Stratum v1 client that mines on the CPU: N platform threads each take a fresh extranonce2
 * (and, with version rolling, version bits spread over the granted mask), hash nonces with the
 * chain's PoW and submit what meets the pool's target. {@link #run} blocks until the runtime or the
 * accepted-share limit is reached, the pool hangs up, or {@link #stop} is called.
 */
public final class CpuMiner {
  /** Nonces tried per extranonce2 before taking a new one (work changes are checked each hash). */
  private static final long NONCES_PER_EXTRANONCE = 1L << 20;

  private final MinerConfig config;
  private final MinerSession session;
  private final AtomicLong extranonce2Counter = new AtomicLong();
  private final LongAdder hashes = new LongAdder();
  private volatile boolean running;

  public CpuMiner(MinerConfig config) {
    this.config = config;
    this.session = new MinerSession(config);
  }

  public MinerReport run() throws IOException, InterruptedException {
    running = true;
    session.open();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < config.threads(); i++) {
      threads.add(Thread.ofPlatform().daemon().name("cpuminer-" + i).start(this::hashLoop));
    }
    long deadline = System.nanoTime() + config.maxRuntime().toNanos();
    try {
      while (running && !session.isEnded()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        if (config.maxAccepted() > 0 && session.accepted() >= config.maxAccepted()) {
          break;
        }
        session.endedLatch().await(Math.min(left, 20_000_000L), TimeUnit.NANOSECONDS);
      }
    } finally {
      running = false;
      for (Thread t : threads) {
        t.join();
      }
      session.close();
    }
    return new MinerReport(
        hashes.sum(), session.accepted(), session.rejected(), session.shares(), session.failure());
  }

  public void stop() {
    running = false;
  }

  private void hashLoop() {
    while (running) {
      MinerWork w = session.work();
      if (w == null) {
        sleepBriefly();
        continue;
      }
      long counter = extranonce2Counter.getAndIncrement();
      byte[] xn2 = bigEndian(counter, w.extranonce2Size());
      long version = w.spec().version();
      String versionBits = null;
      if (config.versionRolling() && w.versionMask() != 0) {
        // counter + 1: the first extranonce2 range rolls too (with counter 0 it would not), so a
        // short run of a rolling miner is sure to submit rolled versions
        long vb = Long.expand(counter + 1, w.versionMask());
        version = HeaderBuilder.rollVersion(version, vb, w.versionMask());
        versionBits = StratumHex.u32(vb);
      }
      long ntime = w.spec().ntime();
      byte[] coinbase = w.spec().coinbase(HeaderBuilder.nonce8(w.extranonce1(), xn2));
      byte[] header = HeaderBuilder.header(w.spec(), coinbase, version, ntime, 0).serialize();
      for (long nonce = 0; nonce < NONCES_PER_EXTRANONCE; nonce++) {
        if (!running || session.work() != w) {
          break;
        }
        putU32le(header, 76, nonce);
        Hash256 h = config.pow().powHash(header);
        hashes.increment();
        if (h.toBigInteger().compareTo(w.target()) <= 0) {
          session.submit(w, xn2, ntime, nonce, versionBits, header.clone(), h);
        }
      }
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] bigEndian(long v, int size) {
    byte[] b = new byte[size];
    for (int i = size - 1; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  private static void putU32le(byte[] b, int off, long v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }
}
