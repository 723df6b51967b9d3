package org.p2poolj.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The single writer: drains a bounded queue and applies the writes in transactions. Whatever queued
 * up while one transaction ran goes into the next, and a transaction is committed after at most
 * {@link #MAX_TRANSACTION_NANOS} of work, so under any load a kill loses well under a second of
 * writes. With WAL and {@code synchronous=NORMAL} a commit reaches the OS at once (surviving a
 * process kill) and the disk at the next checkpoint.
 */
final class SqliteWriter implements Runnable {
  static final int QUEUE_CAPACITY = 50_000;
  static final int MAX_BATCH_ITEMS = 20_000;
  static final long MAX_TRANSACTION_NANOS = 100_000_000L;
  static final long DROP_REPORT_NANOS = 10_000_000_000L;

  private sealed interface Item permits Write, Barrier, Stop {}

  private record Write(WriteOp op) implements Item {}

  private record Barrier(CompletableFuture<Void> committed) implements Item {}

  private record Stop() implements Item {}

  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
  private final ReentrantReadWriteLock submitLock = new ReentrantReadWriteLock();
  private final Connection connection;
  private final WriteContext ctx;
  private final Path file;
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private boolean accepting = true;
  private volatile boolean dead;
  private final AtomicLong committedWrites = new AtomicLong();
  private final AtomicLong droppedWrites = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private long droppedUnreported;
  private long lastDropReportNanos;
  private boolean droppedBefore;

  SqliteWriter(Connection connection, Path file) throws SQLException {
    this.connection = connection;
    this.ctx = new WriteContext(connection);
    this.file = file;
    connection.setAutoCommit(false);
  }

  /** Queues a write; blocks while the queue is full. */
  void submit(WriteOp op) {
    enqueue(new Write(op));
  }

  /** Waits until every write queued before this call is committed (or dropped after an error). */
  void flush() {
    CompletableFuture<Void> committed = new CompletableFuture<>();
    submitLock.readLock().lock();
    try {
      if (!accepting || dead) {
        return;
      }
      putUninterruptibly(new Barrier(committed));
    } finally {
      submitLock.readLock().unlock();
    }
    committed.join();
  }

  /** Stops accepting writes, lets the thread commit everything queued, and waits for it. */
  void stop() {
    submitLock.writeLock().lock();
    try {
      if (accepting) {
        accepting = false;
        if (!dead) {
          putUninterruptibly(new Stop());
        }
      }
    } finally {
      submitLock.writeLock().unlock();
    }
    finished.join();
  }

  private void enqueue(Item item) {
    submitLock.readLock().lock();
    try {
      if (!accepting || dead) {
        throw new IllegalStateException("store " + file + " is closed");
      }
      putUninterruptibly(item);
    } finally {
      submitLock.readLock().unlock();
    }
  }

  private void putUninterruptibly(Item item) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(item);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void run() {
    try {
      List<Item> batch = new ArrayList<>();
      boolean stop = false;
      while (!stop) {
        batch.add(takeUninterruptibly());
        queue.drainTo(batch, MAX_BATCH_ITEMS - 1);
        stop = process(batch);
        batch.clear();
      }
    } finally {
      dead = true;
      ctx.close();
      releaseWaiters();
      finished.complete(null);
    }
  }

  /** Unblocks anyone still waiting on a barrier once the thread is gone. */
  private void releaseWaiters() {
    List<Item> left = new ArrayList<>();
    queue.drainTo(left);
    for (Item item : left) {
      if (item instanceof Barrier b) {
        b.committed().complete(null);
      }
    }
  }

  private Item takeUninterruptibly() {
    while (true) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        // Only close() ends the writer: the queued writes must still be saved.
      }
    }
  }

  /** Applies one drained batch; returns true when it held the stop request. */
  private boolean process(List<Item> batch) {
    List<WriteOp> ops = new ArrayList<>(batch.size());
    List<CompletableFuture<Void>> barriers = new ArrayList<>();
    boolean stop = false;
    for (Item item : batch) {
      switch (item) {
        case Write w -> ops.add(w.op());
        case Barrier b -> barriers.add(b.committed());
        case Stop s -> stop = true;
      }
    }
    try {
      applyInTransactions(ops);
    } catch (Error e) {
      // A writer that died here would leave every caller blocked on a full queue; dropping this
      // batch (the shares come back from peers) keeps the node running.
      rollbackQuietly();
      reportDropped(ops.size(), e.toString());
    }
    for (CompletableFuture<Void> b : barriers) {
      b.complete(null);
    }
    return stop;
  }

  private void applyInTransactions(List<WriteOp> ops) {
    int committedUpTo = 0;
    long txStart = System.nanoTime();
    try {
      for (int i = 0; i < ops.size(); i++) {
        ops.get(i).apply(ctx);
        if (System.nanoTime() - txStart > MAX_TRANSACTION_NANOS) {
          commit(i + 1 - committedUpTo);
          committedUpTo = i + 1;
          txStart = System.nanoTime();
        }
      }
      commit(ops.size() - committedUpTo);
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      applyOneByOne(ops.subList(committedUpTo, ops.size()));
    }
  }

  /** After a failed batch, isolates the bad writes so the good ones are still saved. */
  private void applyOneByOne(List<WriteOp> ops) {
    int dropped = 0;
    String lastError = "";
    for (WriteOp op : ops) {
      try {
        op.apply(ctx);
        commit(1);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        dropped++;
        lastError = String.valueOf(e.getMessage());
      }
    }
    if (dropped > 0) {
      reportDropped(dropped, lastError);
    }
  }

  private void commit(int writes) throws SQLException {
    connection.commit();
    commits.incrementAndGet();
    committedWrites.addAndGet(writes);
  }

  WriterStats stats() {
    return new WriterStats(queue.size(), committedWrites.get(), droppedWrites.get(), commits.get());
  }

  /** A failing disk fails every batch: one line per {@link #DROP_REPORT_NANOS} is enough. */
  private void reportDropped(int count, String error) {
    droppedWrites.addAndGet(count);
    droppedUnreported += count;
    long now = System.nanoTime();
    if (!droppedBefore || now - lastDropReportNanos >= DROP_REPORT_NANOS) {
      StoreLog.writesDropped(file, droppedUnreported, error);
      droppedUnreported = 0;
      lastDropReportNanos = now;
      droppedBefore = true;
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is unusable; the next batch reports its own error.
    }
  }
}
