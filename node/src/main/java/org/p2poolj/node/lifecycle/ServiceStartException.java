package org.p2poolj.node.lifecycle;

/** A service failed to start; the services started before it have been stopped again. */
public final class ServiceStartException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String serviceName;

  public ServiceStartException(String serviceName, Throwable cause) {
    super(serviceName + " failed to start: " + describe(cause), cause);
    this.serviceName = serviceName;
  }

  /** The name of the service whose start failed. */
  public String serviceName() {
    return serviceName;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
