package org.p2poolj.web.http;

/**
 * Thrown by a handler to answer with a JSON error instead of a body: {@code {"error": message}}.
 * Unchecked so handlers stay plain functions.
 */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static HttpError notFound(String what) {
    return new HttpError(404, what);
  }

  public static HttpError badRequest(String what) {
    return new HttpError(400, what);
  }
}
