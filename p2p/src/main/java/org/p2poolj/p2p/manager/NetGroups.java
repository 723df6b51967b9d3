package org.p2poolj.p2p.manager;

/**
 * The /16 grouping p2pool uses for connection limits: the first two octets of an IPv4 address. IPv6
 * hosts are grouped by their first 32 bits, a comparable allocation unit.
 */
public final class NetGroups {
  private NetGroups() {}

  public static String group(String host) {
    int first = host.indexOf('.');
    if (first > 0) {
      int second = host.indexOf('.', first + 1);
      return second > 0 ? host.substring(0, second) : host;
    }
    String[] parts = host.split(":", -1);
    return parts.length >= 2 ? parts[0] + ":" + parts[1] : host;
  }
}
