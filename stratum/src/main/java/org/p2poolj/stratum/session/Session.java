package org.p2poolj.stratum.session;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.submit.DuplicateFilter;
import org.p2poolj.stratum.username.ResolvedWorker;
import org.p2poolj.stratum.vardiff.Vardiff;

/**
 * One miner connection's state. Not thread-safe by itself: the server runs every handler, job
 * broadcast and tick of a session while holding {@link #lock()}, so the state needs no finer
 * locking. (An explicit lock so the broadcaster can skip a busy session with {@code tryLock}.)
 */
public final class Session {
  private final long id;
  private final String remote;
  private final Vardiff vardiff;
  private final FloodGuard flood;
  private final DuplicateFilter duplicates = new DuplicateFilter(64, 100_000);
  private final Map<String, ResolvedWorker> workers = new LinkedHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private byte[] extranonce1;
  private long versionMask;
  private boolean extranonceSubscribed;
  private int misbehaviour;
  private int goodLines;
  private ResolvedWorker primary;
  private WorkRequest workRequest;
  private StratumJob currentJob;
  private BigInteger sentTarget;

  public Session(long id, String remote, SessionSettings settings, long nowMillis) {
    this(id, remote, settings, settings.vardiff().initialTarget(), nowMillis);
  }

  /**
   * @param initialTarget the starting pseudoshare target (the server derives it from the node's
   *     hash rate)
   */
  public Session(
      long id, String remote, SessionSettings settings, BigInteger initialTarget, long nowMillis) {
    this.id = id;
    this.remote = remote;
    this.vardiff = new Vardiff(settings.vardiff(), initialTarget, nowMillis);
    this.flood = new FloodGuard(settings.floodLinesPerSecond(), settings.floodBurst(), nowMillis);
  }

  /** Held while anything reads or changes this session. */
  public ReentrantLock lock() {
    return lock;
  }

  public long id() {
    return id;
  }

  public String remote() {
    return remote;
  }

  public Vardiff vardiff() {
    return vardiff;
  }

  FloodGuard flood() {
    return flood;
  }

  DuplicateFilter duplicates() {
    return duplicates;
  }

  public boolean isSubscribed() {
    return extranonce1 != null;
  }

  /** Null until {@code mining.subscribe}. */
  public byte[] extranonce1() {
    return extranonce1 == null ? null : extranonce1.clone();
  }

  void subscribed(byte[] xn1) {
    this.extranonce1 = xn1.clone();
  }

  public long versionMask() {
    return versionMask;
  }

  void versionMask(long mask) {
    this.versionMask = mask;
  }

  public boolean extranonceSubscribed() {
    return extranonceSubscribed;
  }

  void extranonceSubscribed(boolean v) {
    this.extranonceSubscribed = v;
  }

  /** Counts one piece of garbage; returns the total so far (decayed by good lines). */
  int misbehave() {
    return ++misbehaviour;
  }

  /** Every ten good lines forgive one piece of garbage. */
  void goodLine() {
    if (misbehaviour > 0 && ++goodLines % 10 == 0) {
      misbehaviour--;
    }
  }

  public int misbehaviour() {
    return misbehaviour;
  }

  public ResolvedWorker worker(String name) {
    return workers.get(name);
  }

  public int workerCount() {
    return workers.size();
  }

  /** Adds a worker; the first becomes the one the session's jobs pay. */
  void authorize(String name, ResolvedWorker worker) {
    workers.put(name, worker);
    if (primary == null) {
      primary = worker;
      workRequest = requestFor(worker);
    }
  }

  public ResolvedWorker primaryWorker() {
    return primary;
  }

  /** Subscribed and authorized: the session gets jobs. */
  public boolean isReady() {
    return extranonce1 != null && primary != null;
  }

  /** What the session's jobs are built for; null before the first authorize. */
  public WorkRequest workRequest() {
    return workRequest;
  }

  private static WorkRequest requestFor(ResolvedWorker worker) {
    BigInteger shareTarget =
        worker.username().shareDifficulty().isPresent()
            ? Difficulty.difficultyToTarget(worker.username().shareDifficulty().getAsDouble())
            : null;
    return new WorkRequest(worker.payoutAddress(), shareTarget);
  }

  public StratumJob currentJob() {
    return currentJob;
  }

  void currentJob(StratumJob job) {
    this.currentJob = job;
  }

  /** The target last sent with {@code mining.set_difficulty}, or null. */
  public BigInteger sentTarget() {
    return sentTarget;
  }

  void sentTarget(BigInteger target) {
    this.sentTarget = target;
  }
}
