package org.p2poolj.node.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts registered services so that each starts after the services it depends on, and stops them
 * in the reverse of the order they actually started.
 *
 * <p>Registration order breaks ties, so the start order is deterministic. If a start fails, the
 * services already running are stopped before the failure is reported, leaving nothing half-up.
 * {@link #stopAll()} is idempotent and may race a start from the shutdown hook: a stop request
 * makes {@link #startAll()} start nothing further.
 */
public final class ServiceManager {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceManager.class);

  private final InstantSource clock;
  private final Map<Service, List<Service>> dependencies = new LinkedHashMap<>();
  private final List<Service> started = new ArrayList<>();
  private volatile boolean stopRequested;
  private volatile Instant startedAt;
  private Thread shutdownHook;

  public ServiceManager(InstantSource clock) {
    this.clock = clock;
  }

  /** Adds a service that must start after every service in {@code dependsOn}. */
  public synchronized ServiceManager register(Service service, Service... dependsOn) {
    if (dependencies.containsKey(service)) {
      throw new IllegalArgumentException(service.name() + " is registered twice");
    }
    dependencies.put(service, List.of(dependsOn));
    return this;
  }

  /** The order {@link #startAll()} will use: dependencies first, otherwise registration order. */
  public synchronized List<Service> startOrder() {
    List<Service> order = new ArrayList<>();
    Set<Service> visiting = new HashSet<>();
    for (Service s : dependencies.keySet()) {
      visit(s, order, visiting);
    }
    return List.copyOf(order);
  }

  private void visit(Service s, List<Service> order, Set<Service> visiting) {
    if (order.contains(s)) {
      return;
    }
    List<Service> deps = dependencies.get(s);
    if (deps == null) {
      throw new IllegalStateException("a dependency is not registered: " + s.name());
    }
    if (!visiting.add(s)) {
      throw new IllegalStateException("dependency cycle through " + s.name());
    }
    for (Service d : deps) {
      visit(d, order, visiting);
    }
    visiting.remove(s);
    order.add(s);
  }

  /**
   * Starts every service in {@link #startOrder()}; on the first failure, stops the ones already
   * started (in reverse) and throws.
   */
  public void startAll() throws ServiceStartException {
    List<Service> order = startOrder();
    startedAt = clock.instant();
    for (Service s : order) {
      if (stopRequested) {
        return;
      }
      Instant t0 = clock.instant();
      try {
        s.start();
      } catch (Exception e) {
        stopAll();
        throw new ServiceStartException(s.name(), e);
      }
      synchronized (started) {
        started.add(s);
      }
      LOG.info("started {} in {} ms", s.name(), Duration.between(t0, clock.instant()).toMillis());
      if (stopRequested) {
        // A stop arrived while this service was starting; stopAll() could not see it yet.
        stopStarted();
      }
    }
  }

  /** Stops the started services, newest first; idempotent and safe from any thread. */
  public void stopAll() {
    stopRequested = true;
    stopStarted();
  }

  private void stopStarted() {
    while (true) {
      Service s;
      synchronized (started) {
        if (started.isEmpty()) {
          return;
        }
        s = started.removeLast();
      }
      try {
        s.stop();
        LOG.info("stopped {}", s.name());
      } catch (RuntimeException e) {
        // Keep going: one service failing to stop must not keep the others running.
        LOG.warn("error while stopping {}: {}", s.name(), e.toString());
      }
    }
  }

  /** True once {@link #stopAll()} has been called. */
  public boolean stopRequested() {
    return stopRequested;
  }

  /** Services currently started, in start order. */
  public List<Service> running() {
    synchronized (started) {
      return List.copyOf(started);
    }
  }

  /** Time since {@link #startAll()} began, by the injected clock. */
  public Optional<Duration> uptime() {
    Instant t = startedAt;
    return t == null ? Optional.empty() : Optional.of(Duration.between(t, clock.instant()));
  }

  /**
   * Registers a JVM shutdown hook (Ctrl-C, SIGTERM) that runs {@link #stopAll()} and then {@code
   * afterStop}; returns the hook so callers can wait for it.
   */
  public synchronized Thread installShutdownHook(Runnable afterStop) {
    if (shutdownHook != null) {
      throw new IllegalStateException("shutdown hook already installed");
    }
    shutdownHook =
        new Thread(
            () -> {
              stopAll();
              afterStop.run();
            },
            "p2poolj-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    return shutdownHook;
  }

  /** Removes the hook after a normal stop; harmless when the JVM is already shutting down. */
  public synchronized void removeShutdownHook() {
    if (shutdownHook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run; nothing to remove.
    }
    shutdownHook = null;
  }
}
