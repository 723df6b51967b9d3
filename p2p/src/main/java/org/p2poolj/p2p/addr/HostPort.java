package org.p2poolj.p2p.addr;

/** A peer address as the address book keys it: host text (literal or name) and port. */
public record HostPort(String host, int port) {
  public HostPort {
    if (host.isBlank()) {
      throw new IllegalArgumentException("empty host");
    }
    if (port < 1 || port > 0xffff) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Parses {@code host}, {@code host:port} or {@code [v6]:port}; the port defaults. */
  public static HostPort parse(String text, int defaultPort) {
    String s = text.strip();
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("unclosed [ in " + text);
      }
      String host = s.substring(1, close);
      String rest = s.substring(close + 1);
      return new HostPort(host, rest.startsWith(":") ? port(rest.substring(1), text) : defaultPort);
    }
    int colon = s.lastIndexOf(':');
    if (colon > 0 && s.indexOf(':') == colon) {
      return new HostPort(s.substring(0, colon), port(s.substring(colon + 1), text));
    }
    return new HostPort(s, defaultPort);
  }

  private static int port(String p, String text) {
    try {
      return Integer.parseInt(p);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in " + text, e);
    }
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
