package org.p2poolj.web.status;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a line producer on a fixed period and hands each line to a sink (the node passes its status
 * logger). The node also uses it to run the graph sampler. Owns its one daemon thread; {@link
 * #start} and {@link #stop} are idempotent. A failing producer is logged and the schedule goes on.
 */
public final class StatusReporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StatusReporter.class);

  private final Supplier<String> producer;
  private final Consumer<String> sink;
  private final Duration period;
  private ScheduledExecutorService executor;
  private boolean stopped;

  public StatusReporter(Supplier<String> producer, Consumer<String> sink, Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive");
    }
    this.producer = producer;
    this.sink = sink;
    this.period = period;
  }

  public synchronized void start() {
    if (executor != null || stopped) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("status-line").unstarted(r));
    executor.scheduleAtFixedRate(
        this::runOnce, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Produces and emits one line now. */
  public void runOnce() {
    try {
      String line = producer.get();
      if (line != null) {
        sink.accept(line);
      }
    } catch (RuntimeException e) {
      LOG.warn("status line failed", e);
    }
  }

  public synchronized void stop() {
    stopped = true;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
