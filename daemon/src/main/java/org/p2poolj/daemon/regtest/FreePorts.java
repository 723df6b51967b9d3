package org.p2poolj.daemon.regtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback TCP ports for daemons and nodes that must be told their port before they bind.
 *
 * <p>The ports come from below Linux's ephemeral range (32768-60999): a port the kernel picked for
 * a bind to port 0 is from that range, and any outgoing connection (litecoind dials its peer, every
 * HTTP client) can take it before the real owner binds it. Below it, only a listener could, and a
 * port is handed out only when nothing listens on it and never twice in one JVM.
 */
public final class FreePorts {
  static final int LOW = 20_000;
  static final int HIGH = 32_768;
  private static final int ATTEMPTS = 1_000;
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  public static int next() {
    for (int i = 0; i < ATTEMPTS; i++) {
      int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
      if (bindable(port) && HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException(
        "no free loopback port in " + LOW + "-" + (HIGH - 1) + " after " + ATTEMPTS + " tries");
  }

  static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
