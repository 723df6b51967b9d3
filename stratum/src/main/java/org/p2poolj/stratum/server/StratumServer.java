package org.p2poolj.stratum.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.p2poolj.stratum.job.JobRegistry;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.job.WorkSource;
import org.p2poolj.stratum.json.DisconnectReason;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.session.ExtranonceAllocator;
import org.p2poolj.stratum.session.Session;
import org.p2poolj.stratum.session.SessionContext;
import org.p2poolj.stratum.session.SessionProtocol;
import org.p2poolj.stratum.stats.WorkerSnapshot;
import org.p2poolj.stratum.stats.WorkerStatsBook;
import org.p2poolj.stratum.submit.PooledPow;
import org.p2poolj.stratum.submit.SubmitProcessor;
import org.p2poolj.stratum.submit.SubmitSink;
import org.p2poolj.stratum.username.PayoutResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Stratum v1 server: idle until {@link #start}, then running until {@link #stop} (idempotent).
 * Each connection gets one virtual thread, which reads and writes its replies; work changes from
 * the {@link WorkSource} are broadcast from one virtual thread, building each payout's job once and
 * writing straight to the sockets.
 */
public final class StratumServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StratumServer.class);

  /** A broadcast that has not moved on for this long gets another lane. */
  private static final long BROADCAST_STALL_MILLIS = 20;

  private static final long ACCEPT_EXIT_WAIT_MS = 2_000;

  private enum State {
    IDLE,
    RUNNING,
    STOPPED
  }

  private final StratumConfig config;
  private final WorkSource workSource;
  private final LongSupplier clock;
  private final JobRegistry registry;
  private final JobCache jobs;
  private final WorkerStatsBook stats = new WorkerStatsBook();
  private final SessionContext context;
  private final SessionProtocol protocol = SessionProtocol.standard();
  private final Map<Long, Connection> connections = new ConcurrentHashMap<>();
  private final AtomicLong sessionIds = new AtomicLong();
  private final ServerCounters counters = new ServerCounters();
  private final PooledPow pow;
  private final ExecutorService broadcaster =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("stratum-broadcast").factory());
  private volatile double nodeHashrate;
  private State state = State.IDLE;
  private ServerSocket serverSocket;
  private AutoCloseable subscription;
  private Thread acceptThread;
  private Thread tickThread;

  public StratumServer(
      StratumConfig config, WorkSource workSource, SubmitSink sink, PayoutResolver payouts) {
    this(config, workSource, sink, payouts, System::currentTimeMillis);
  }

  public StratumServer(
      StratumConfig config,
      WorkSource workSource,
      SubmitSink sink,
      PayoutResolver payouts,
      LongSupplier clock) {
    this.config = config;
    this.workSource = workSource;
    this.clock = clock;
    this.registry = new JobRegistry(config.jobMaxAgeMillis(), config.maxJobs());
    long seed = ThreadLocalRandom.current().nextLong();
    this.jobs = new JobCache(workSource, registry, clock, seed);
    this.pow = new PooledPow(config.pow(), Runtime.getRuntime().availableProcessors());
    this.context =
        new SessionContext(
            config.session(),
            clock,
            new ExtranonceAllocator(config.session().extranonce1Size(), seed),
            payouts,
            jobs,
            new SubmitProcessor(registry, pow, sink),
            stats);
  }

  /** Binds and starts accepting. */
  public synchronized void start() {
    if (state != State.IDLE) {
      throw new IllegalStateException("server already " + state);
    }
    try {
      serverSocket = new ServerSocket();
      serverSocket.setReuseAddress(true);
      serverSocket.bind(
          new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 4096);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + config.bindAddress(), e);
    }
    state = State.RUNNING;
    subscription = workSource.subscribe(this::onWorkChange);
    acceptThread = Thread.ofVirtual().name("stratum-accept").start(this::acceptLoop);
    tickThread = Thread.ofVirtual().name("stratum-tick").start(this::tickLoop);
    LOG.info("Stratum server listening on {}", serverSocket.getLocalSocketAddress());
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Stops accepting, closes every session and the work subscription. Idempotent. */
  public void stop() {
    synchronized (this) {
      if (state != State.RUNNING) {
        state = State.STOPPED;
        return;
      }
      state = State.STOPPED;
    }
    try {
      subscription.close();
    } catch (Exception e) {
      LOG.warn("closing the work subscription failed", e);
    }
    try {
      serverSocket.close();
    } catch (IOException e) {
      LOG.debug("closing the listening socket failed", e);
    }
    acceptThread.interrupt();
    tickThread.interrupt();
    broadcaster.shutdownNow();
    for (Connection c : connections.values()) {
      c.close(DisconnectReason.SHUTDOWN);
    }
    awaitAcceptExit();
    pow.close();
    LOG.info("Stratum server stopped");
  }

  /**
   * A listening socket closed while a thread is blocked in accept() keeps its port until that
   * thread leaves accept(); without the wait, a restart on the same port fails with "Address
   * already in use".
   */
  private void awaitAcceptExit() {
    try {
      acceptThread.join(ACCEPT_EXIT_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public synchronized boolean isRunning() {
    return state == State.RUNNING;
  }

  private void acceptLoop() {
    while (isRunning()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (isRunning()) {
          LOG.warn("accept failed", e);
          continue;
        }
        return;
      }
      counters.accepted();
      if (connections.size() >= config.maxSessions()) {
        counters.disconnected(DisconnectReason.TOO_MANY_SESSIONS);
        closeQuietly(socket);
        continue;
      }
      try {
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        closeQuietly(socket);
        continue;
      }
      long id = sessionIds.incrementAndGet();
      Session session =
          new Session(
              id,
              String.valueOf(socket.getRemoteSocketAddress()),
              config.session(),
              clock.getAsLong());
      Connection c = new Connection(socket, session, protocol, context, config, this);
      connections.put(id, c);
      c.start();
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Refused anyway.
    }
  }

  /**
   * Called once by a connection's reader as it exits, so the extranonce1 goes back exactly once and
   * only after the last line that could have subscribed.
   */
  void readerDone(Session session) {
    byte[] xn1;
    session.lock().lock();
    try {
      xn1 = session.extranonce1();
    } finally {
      session.lock().unlock();
    }
    if (xn1 != null) {
      context.extranonces().release(xn1);
    }
  }

  /** Called once by a connection as it ends (from any thread; takes no session lock). */
  void closed(Connection c, DisconnectReason reason) {
    connections.remove(c.session().id());
    counters.disconnected(reason);
    LOG.debug("session {} {} closed: {}", c.session().id(), c.session().remote(), reason);
  }

  private void onWorkChange(WorkChange change) {
    if (!broadcaster.isShutdown()) {
      broadcaster.execute(() -> broadcast(change));
    }
  }

  /**
   * Builds each payout's job once and writes its notify to every ready session, straight to the
   * sockets from lane threads. A session busy (with a submit, or a write of its own) is not waited
   * for: a virtual thread delivers its notify when it is free, unless newer work has overtaken it
   * by then. A write that blocks (a miner whose socket buffer is full) would hold up everyone
   * behind it, so a watchdog starts another lane on the same cursor whenever the broadcast stops
   * making progress.
   */
  private void broadcast(WorkChange change) {
    long t0 = System.nanoTime();
    jobs.advance(change);
    Fanout f = new Fanout(connections.values().toArray(Connection[]::new), jobs.generation());
    f.run();
    counters.broadcast(
        new BroadcastStats(f.notified.get(), f.distinct.size(), System.nanoTime() - t0));
  }

  /**
   * One broadcast: lanes (virtual threads) take sessions from one cursor. The broadcaster watches;
   * when no session has been done for {@link #BROADCAST_STALL_MILLIS}, a lane is stuck in a write,
   * so it adds a lane if sessions are left, or returns if only stuck writes remain (the tick closes
   * those sessions when their write times out).
   */
  private final class Fanout {
    final Connection[] targets;
    final long generation;
    final AtomicInteger cursor = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger notified = new AtomicInteger();
    final Set<WorkRequest> distinct = ConcurrentHashMap.newKeySet();
    final CountDownLatch finished = new CountDownLatch(1);

    Fanout(Connection[] targets, long generation) {
      this.targets = targets;
      this.generation = generation;
    }

    void run() {
      if (targets.length == 0) {
        return;
      }
      Thread.ofVirtual().name("stratum-broadcast-lane").start(this::lane);
      int seen = 0;
      try {
        while (!finished.await(BROADCAST_STALL_MILLIS, TimeUnit.MILLISECONDS)) {
          int now = done.get();
          if (now == seen) {
            if (cursor.get() >= targets.length) {
              return;
            }
            Thread.ofVirtual().name("stratum-broadcast-lane").start(this::lane);
          }
          seen = now;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void lane() {
      int i;
      while ((i = cursor.getAndIncrement()) < targets.length) {
        try {
          if (deliver(targets[i], generation, distinct)) {
            notified.incrementAndGet();
          }
        } catch (RuntimeException e) {
          // one session's job failing to build must not stall everyone else's notify
          LOG.warn("notify for session {} failed", targets[i].session().id(), e);
        }
        if (done.incrementAndGet() == targets.length) {
          finished.countDown();
        }
      }
    }
  }

  /**
   * Writes the session's set_difficulty/notify if it is free now; otherwise a virtual thread does
   * when it is (lines keep the order they were built in). Returns whether it was written or handed
   * on now; false when the session was not ready or busy with a submit.
   */
  private boolean deliver(Connection c, long generation, Set<WorkRequest> distinct) {
    Session s = c.session();
    if (!s.lock().tryLock()) {
      Thread.ofVirtual().name("stratum-late-notify").start(() -> deliverLate(c, generation));
      return false;
    }
    List<Outgoing> out;
    long ticket;
    try {
      out = jobMessages(s, distinct);
      ticket = c.ticketFor(out);
    } finally {
      s.lock().unlock();
    }
    if (out.isEmpty()) {
      return false;
    }
    if (!c.tryWrite(out, ticket)) {
      Thread.ofVirtual().name("stratum-late-notify").start(() -> c.write(out, ticket));
    }
    return true;
  }

  /** The set_difficulty/notify for a ready session; the caller holds its lock. */
  private List<Outgoing> jobMessages(Session s, Set<WorkRequest> distinct) {
    if (!s.isReady()) {
      return List.of();
    }
    WorkRequest req = s.workRequest();
    Optional<StratumJob> job = jobs.currentJob(req);
    if (job.isEmpty()) {
      return List.of();
    }
    distinct.add(req);
    return protocol.onJob(s, job.get(), context);
  }

  private void deliverLate(Connection c, long generation) {
    Session s = c.session();
    List<Outgoing> out;
    long ticket;
    s.lock().lock();
    try {
      if (jobs.generation() != generation) {
        return; // newer work has been (or is being) delivered
      }
      out = jobMessages(s, new HashSet<>());
      ticket = c.ticketFor(out);
    } finally {
      s.lock().unlock();
    }
    c.write(out, ticket);
  }

  private void tickLoop() {
    long ticks = 0;
    while (isRunning()) {
      try {
        Thread.sleep(config.tickMillis());
      } catch (InterruptedException e) {
        return;
      }
      registry.expire(clock.getAsLong());
      long nowNanos = System.nanoTime();
      long stuckNanos = TimeUnit.MILLISECONDS.toNanos(config.writeTimeoutMillis());
      if (++ticks % 10 == 1) {
        nodeHashrate = stats.totalHashrate(clock.getAsLong());
      }
      for (Connection c : connections.values()) {
        if (c.closeIfStuck(nowNanos, stuckNanos)) {
          continue;
        }
        Session s = c.session();
        if (!s.lock().tryLock()) {
          continue; // busy with a submit: vardiff easing can wait for the next tick
        }
        List<Outgoing> out;
        long ticket;
        try {
          out = protocol.onTick(s, context);
          ticket = c.ticketFor(out);
        } finally {
          s.lock().unlock();
        }
        // Never written from here: a write to a miner that stopped reading would block, and this
        // loop is what closes such miners. Tick lines are rare (vardiff easing), so a thread each.
        if (!out.isEmpty()) {
          Thread.ofVirtual().name("stratum-tick-write").start(() -> c.write(out, ticket));
        }
      }
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for queued broadcasts to finish; for tests and benchmarks.
   */
  public boolean awaitBroadcasts(long timeoutMillis) throws InterruptedException {
    var done = new CountDownLatch(1);
    broadcaster.execute(done::countDown);
    return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** The job a session with this request would get now (building it if needed). */
  public Optional<StratumJob> currentJob(WorkRequest request) {
    return jobs.currentJob(request);
  }

  public List<WorkerSnapshot> workerStats() {
    return stats.snapshot(clock.getAsLong());
  }

  public ServerStats stats() {
    return counters.snapshot(connections.size(), registry.size());
  }
}
