package org.p2poolj.p2p.addr;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bootstrap addresses of a network ({@code BOOTSTRAP_ADDRS}), resolved only when needed so a node
 * that never lacks peers never does a DNS lookup. Names that do not resolve are skipped.
 */
public final class Bootstrap {
  /** Resolves names to addresses; injectable so tests never touch DNS. */
  @FunctionalInterface
  public interface Resolver {
    List<String> resolve(String host) throws UnknownHostException;

    Resolver DNS =
        host -> {
          List<String> out = new ArrayList<>();
          for (InetAddress a : InetAddress.getAllByName(host)) {
            out.add(a.getHostAddress());
          }
          return out;
        };
  }

  private final List<String> entries;
  private final int defaultPort;
  private final Resolver resolver;

  public Bootstrap(List<String> entries, int defaultPort, Resolver resolver) {
    this.entries = List.copyOf(entries);
    this.defaultPort = defaultPort;
    this.resolver = resolver;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Resolves every entry now; unresolvable ones are left out. */
  public List<HostPort> resolve() {
    List<HostPort> out = new ArrayList<>();
    for (String entry : entries) {
      HostPort hp = HostPort.parse(entry, defaultPort);
      try {
        for (String ip : resolver.resolve(hp.host())) {
          out.add(new HostPort(ip, hp.port()));
        }
      } catch (UnknownHostException | RuntimeException e) {
        // a dead bootstrap name is normal; the others still count
      }
    }
    return out;
  }
}
