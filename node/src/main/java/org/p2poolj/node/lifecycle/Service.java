package org.p2poolj.node.lifecycle;

/**
 * A subsystem with a start and a stop: idle -> running -> stopped, and never back.
 *
 * <p>{@link #start()} is called at most once, by the {@link ServiceManager}, after every service
 * this one depends on is running. {@link #stop()} may be called any number of times and from any
 * thread (the shutdown hook races a normal stop); only the first call does work. A service owns its
 * own threads and must have released them when {@code stop()} returns. Most implementations extend
 * {@link AbstractService}, which enforces these rules.
 */
public interface Service {
  /** A short name for logs and errors, such as {@code "stratum"}. */
  String name();

  /** Brings the service up; throws when it cannot (the manager then stops what already started). */
  void start() throws Exception;

  /** Releases everything; idempotent, and safe on a service that never started. */
  void stop();

  ServiceState state();
}
