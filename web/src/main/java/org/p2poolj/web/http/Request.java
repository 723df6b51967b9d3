package org.p2poolj.web.http;

import java.util.Map;

/**
 * A routed GET request.
 *
 * @param path the decoded request path
 * @param params values of the route's {@code {name}} segments
 * @param query query-string parameters (last value wins)
 */
public record Request(String path, Map<String, String> params, Map<String, String> query) {
  public Request {
    params = Map.copyOf(params);
    query = Map.copyOf(query);
  }

  /** A route parameter; the route guarantees it is present. */
  public String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return v;
  }
}
