package org.p2poolj.node.lifecycle;

/** Where a service is in its one-way life: it never goes back to an earlier state. */
public enum ServiceState {
  IDLE,
  RUNNING,
  STOPPED
}
