package org.p2poolj.web.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps GET paths to handlers. A pattern is split on {@code /}; a segment {@code {name}} matches any
 * one non-empty segment and binds it, a final {@code {name...}} binds the rest of the path. Exact
 * routes win over parameterised ones because routes are tried in registration order and callers
 * register fixed paths first.
 */
public final class Router {
  private record Route(List<String> segments, Handler handler) {}

  /** A route that matched a path, with its bound parameters. */
  public record Match(Handler handler, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  public Router get(String pattern, Handler handler) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("pattern must start with /: " + pattern);
    }
    routes.add(new Route(split(pattern), handler));
    return this;
  }

  public Optional<Match> match(String path) {
    List<String> parts = split(path);
    for (Route r : routes) {
      Map<String, String> params = bind(r.segments(), parts);
      if (params != null) {
        return Optional.of(new Match(r.handler(), params));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> bind(List<String> pattern, List<String> parts) {
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      if (p.startsWith("{") && p.endsWith("...}")) {
        if (i >= parts.size()) {
          return null;
        }
        params.put(
            p.substring(1, p.length() - 4), String.join("/", parts.subList(i, parts.size())));
        return params;
      }
      if (i >= parts.size()) {
        return null;
      }
      if (p.startsWith("{") && p.endsWith("}")) {
        params.put(p.substring(1, p.length() - 1), parts.get(i));
      } else if (!p.equals(parts.get(i))) {
        return null;
      }
    }
    return pattern.size() == parts.size() ? params : null;
  }

  private static List<String> split(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
