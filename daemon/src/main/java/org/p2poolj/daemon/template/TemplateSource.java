package org.p2poolj.daemon.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.rpc.RpcTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the current block template and publishes every new one to subscribers at once.
 *
 * <p>Three paths lead to a fetch: {@link #refresh} (called by the blocknotify endpoint and the
 * daemon P2P link as soon as a block is announced), an open long-poll that the daemon answers when
 * the tip or mempool changes, and a plain poll as a safety net. Templates are deduplicated by tip,
 * long-poll id and transaction set. Failures are reported once per outage and retried with backoff.
 */
public final class TemplateSource implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TemplateSource.class);

  private final DaemonRpc rpc;
  private final TemplateSourceConfig config;
  private final InstantSource clock;
  private final DaemonHealth health;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Consumer<BlockTemplate>> subscribers = new CopyOnWriteArrayList<>();
  private final Semaphore wake = new Semaphore(0);
  private final Object publishLock = new Object();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong fetches = new AtomicLong();
  private final CountDownLatch firstTemplate = new CountDownLatch(1);
  private volatile boolean running;
  private volatile BlockTemplate latest;
  private volatile Instant latestAt = Instant.EPOCH;

  public TemplateSource(DaemonRpc rpc, TemplateSourceConfig config, InstantSource clock) {
    this.rpc = rpc;
    this.config = config;
    this.clock = clock;
    this.health = new DaemonHealth(clock);
  }

  public synchronized void start() {
    if (running || executor.isShutdown()) {
      return;
    }
    running = true;
    executor.submit(this::pollLoop);
    if (config.longPoll()) {
      executor.submit(this::longPollLoop);
    }
  }

  /**
   * Subscribes to new templates; the current one, if any, is delivered at once. Subscribers run on
   * the publishing thread, in order, and must be quick.
   */
  public AutoCloseable subscribe(Consumer<BlockTemplate> subscriber) {
    synchronized (publishLock) {
      subscribers.add(subscriber);
      if (latest != null) {
        deliver(subscriber, latest);
      }
    }
    return () -> subscribers.remove(subscriber);
  }

  /** Asks for a fetch now (a block was announced); cheap and safe from any thread. */
  public void refresh(String reason) {
    LOG.debug("template refresh requested: {}", reason);
    if (wake.availablePermits() == 0) {
      wake.release();
    }
  }

  public Optional<BlockTemplate> latest() {
    return Optional.ofNullable(latest);
  }

  public Instant latestAt() {
    return latestAt;
  }

  public DaemonHealth health() {
    return health;
  }

  public long published() {
    return published.get();
  }

  public long fetches() {
    return fetches.get();
  }

  private void pollLoop() {
    Backoff backoff = new Backoff(config.retryMin(), config.retryMax());
    Duration wait = Duration.ZERO;
    while (running) {
      try {
        if (!wait.isZero()) {
          wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        wake.drainPermits();
        if (!running) {
          return;
        }
        fetch(Optional.empty(), config.callTimeout());
        backoff.reset();
        wait = config.pollInterval();
      } catch (InterruptedException e) {
        return;
      } catch (DaemonRpcException | TemplateException e) {
        health.failed(e.getMessage());
        wait = backoff.next();
      } catch (RuntimeException e) {
        LOG.error("template poll failed unexpectedly", e);
        wait = backoff.next();
      }
    }
  }

  private void longPollLoop() {
    Backoff backoff = new Backoff(config.retryMin(), config.retryMax());
    while (running) {
      BlockTemplate current = latest;
      try {
        if (current == null || current.longPollId().isEmpty()) {
          // Start long-polling as soon as the first template (and its long-poll id) is in.
          firstTemplate.await(config.retryMin().toMillis(), TimeUnit.MILLISECONDS);
          if (current != null) {
            Thread.sleep(config.retryMin().toMillis()); // no long-poll id offered: poll only
          }
          continue;
        }
        fetch(Optional.of(current.longPollId()), config.longPollTimeout());
        backoff.reset();
      } catch (InterruptedException e) {
        return;
      } catch (RpcTransportException e) {
        if (e.kind() != RpcTransportException.Kind.TIMEOUT) {
          health.failed(e.getMessage());
          sleepQuietly(backoff.next());
        }
      } catch (DaemonRpcException | TemplateException e) {
        health.failed(e.getMessage());
        sleepQuietly(backoff.next());
      } catch (RuntimeException e) {
        LOG.error("template long-poll failed unexpectedly", e);
        sleepQuietly(backoff.next());
      }
    }
  }

  private void fetch(Optional<String> longPollId, Duration timeout) throws DaemonRpcException {
    JsonNode json = rpc.getBlockTemplateJson(config.rules(), longPollId, timeout);
    fetches.incrementAndGet();
    BlockTemplate template = BlockTemplateParser.parse(json);
    health.ok();
    publish(template);
  }

  /** Publishes a template unless it is the same work as, or older than, the current one. */
  void publish(BlockTemplate template) {
    synchronized (publishLock) {
      BlockTemplate current = latest;
      if (current != null
          && (current.key().equals(template.key()) || template.height() < current.height())) {
        return;
      }
      latest = template;
      latestAt = clock.instant();
      firstTemplate.countDown();
      published.incrementAndGet();
      LOG.debug(
          "new template: height {} prev {} txs {}",
          template.height(),
          template.previousBlockHash(),
          template.transactions().size());
      for (Consumer<BlockTemplate> s : subscribers) {
        deliver(s, template);
      }
    }
  }

  private static void deliver(Consumer<BlockTemplate> subscriber, BlockTemplate template) {
    try {
      subscriber.accept(template);
    } catch (RuntimeException e) {
      LOG.warn("template subscriber failed", e);
    }
  }

  private void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Stops both loops; idempotent. */
  @Override
  public void close() {
    running = false;
    wake.release();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
