package org.p2poolj.p2p.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

/**
 * The 26-byte {@code address_type}: services (u64 LE), a 16-byte IPv6 address with IPv4 written
 * IPv4-mapped, and the port as u16 <em>big-endian</em> (unlike {@code addrme}'s little-endian
 * port).
 */
public record PeerAddress(long services, byte[] ip16, int port) {
  public static final int SIZE = 26;

  private static final byte[] V4_MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1};

  public PeerAddress {
    if (ip16.length != 16) {
      throw new IllegalArgumentException("an address needs 16 bytes, got " + ip16.length);
    }
    if (port < 0 || port > 0xffff) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    ip16 = ip16.clone();
  }

  /** From a literal IPv4 or IPv6 address; never resolves names. */
  public static PeerAddress of(long services, String literalHost, int port) {
    return of(services, InetAddress.ofLiteral(literalHost), port);
  }

  public static PeerAddress of(long services, InetAddress address, int port) {
    byte[] raw = address.getAddress();
    byte[] ip16 = new byte[16];
    if (raw.length == 4) {
      System.arraycopy(V4_MAPPED_PREFIX, 0, ip16, 0, 12);
      System.arraycopy(raw, 0, ip16, 12, 4);
    } else {
      System.arraycopy(raw, 0, ip16, 0, 16);
    }
    return new PeerAddress(services, ip16, port);
  }

  @Override
  public byte[] ip16() {
    return ip16.clone();
  }

  public boolean isIpv4() {
    return Arrays.equals(ip16, 0, 12, V4_MAPPED_PREFIX, 0, 12);
  }

  /** The address as an {@link InetAddress}: IPv4-mapped addresses come back as IPv4. */
  public InetAddress inetAddress() {
    try {
      return isIpv4()
          ? InetAddress.getByAddress(Arrays.copyOfRange(ip16, 12, 16))
          : InetAddress.getByAddress(ip16);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always a valid address", e);
    }
  }

  /** Dotted IPv4 for mapped addresses (as p2pool prints them), else the IPv6 text form. */
  public String host() {
    InetAddress a = inetAddress();
    return a.getHostAddress();
  }

  public static PeerAddress read(ByteReader r) {
    long services = r.u64le();
    byte[] ip = r.bytes(16);
    int port = r.u16be();
    return new PeerAddress(services, ip, port);
  }

  public void write(ByteWriter w) {
    w.u64le(services).bytes(ip16).u16be(port);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerAddress a
        && a.services == services
        && a.port == port
        && Arrays.equals(a.ip16, ip16);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(services) * 31 + Arrays.hashCode(ip16)) * 31 + port;
  }

  @Override
  public String toString() {
    return host() + ":" + port + (services == 0 ? "" : " services=" + services);
  }
}
