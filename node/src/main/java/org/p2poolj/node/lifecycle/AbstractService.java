package org.p2poolj.node.lifecycle;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the state machine of a {@link Service} so that subclasses only write what starting and
 * stopping mean. Transitions are compare-and-set, so concurrent stops run {@link #doStop()} once.
 */
public abstract class AbstractService implements Service {
  private final String name;
  private final AtomicReference<ServiceState> state = new AtomicReference<>(ServiceState.IDLE);

  protected AbstractService(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final ServiceState state() {
    return state.get();
  }

  @Override
  public final void start() throws Exception {
    if (state.get() != ServiceState.IDLE) {
      throw new IllegalStateException(name + " cannot start: it is " + state.get());
    }
    try {
      doStart();
    } catch (Exception | Error e) {
      // A half-started service must still release what it grabbed before failing.
      state.set(ServiceState.STOPPED);
      doStop();
      throw e;
    }
    if (!state.compareAndSet(ServiceState.IDLE, ServiceState.RUNNING)) {
      // stop() was called while we were starting: honour it now that there is something to stop.
      doStop();
    }
  }

  @Override
  public final void stop() {
    ServiceState previous = state.getAndSet(ServiceState.STOPPED);
    if (previous == ServiceState.RUNNING) {
      doStop();
    }
  }

  /** Acquires resources and starts threads; called once, from {@link #start()}. */
  protected abstract void doStart() throws Exception;

  /**
   * Releases resources; called at most once after a successful start, or once after a failed start,
   * so it must cope with a partly done {@link #doStart()}.
   */
  protected abstract void doStop();

  @Override
  public String toString() {
    return name + "(" + state.get() + ")";
  }
}
