package org.p2poolj.node.demo;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.p2poolj.node.NodeRunner;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.ServiceState;
import org.p2poolj.node.runtime.NodeContext;

/**
 * A node running on its own thread in this JVM, for the demo and the tests: {@link #start} returns
 * once every service runs (or throws the start failure), {@link #close} stops it.
 */
public final class InProcessNode implements AutoCloseable {
  private final NodeRunner runner;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private InProcessNode(P2poolConfig config) {
    this.runner = new NodeRunner(config, Optional.empty(), InstantSource.system());
    this.thread =
        Thread.ofPlatform()
            .name("p2poolj-node")
            .unstarted(
                () -> {
                  try {
                    runner.run();
                  } catch (Throwable e) {
                    failure.set(e);
                  }
                });
  }

  /** Starts the node and waits up to {@code timeout} for all its services to run. */
  public static InProcessNode start(P2poolConfig config, Duration timeout) throws Exception {
    InProcessNode node = new InProcessNode(config);
    node.thread.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (node.failure.get() != null || !node.thread.isAlive()) {
        node.close();
        Throwable f = node.failure.get();
        throw f instanceof Exception e ? e : new IllegalStateException("node stopped", f);
      }
      var services = node.context().services();
      if (node.context().mining().state() == ServiceState.RUNNING
          && services.running().size() == services.startOrder().size()) {
        return node;
      }
      Thread.sleep(50);
    }
    node.close();
    throw new IllegalStateException("the node did not start within " + timeout);
  }

  public NodeContext context() {
    return runner.context();
  }

  public boolean isAlive() {
    return thread.isAlive();
  }

  /** Stops every service and waits for the node thread (bounded). */
  @Override
  public void close() throws InterruptedException {
    runner.requestStop();
    thread.join(60_000);
  }
}
