package org.p2poolj.daemon.p2p;

import java.nio.charset.StandardCharsets;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

/**
 * The {@code version} payload. Network addresses are sent as all-zero IPv6 mapped loopback, which
 * the daemon does not check.
 */
public record VersionMessage(
    int protocolVersion,
    long services,
    long timestamp,
    long nonce,
    String userAgent,
    int startHeight,
    boolean relay) {
  /** Protocol version of Litecoin Core 0.21 (and Bitcoin Core 0.21+ also speaks it). */
  public static final int PROTOCOL_VERSION = 70016;

  /** NODE_NETWORK | NODE_WITNESS | NODE_MWEB: what litecoind wants to relay MWEB blocks to us. */
  public static final long SERVICES = 0x01000009L;

  private static final int MAX_USER_AGENT = 256;

  public byte[] encode() {
    ByteWriter w = new ByteWriter(128).u32le(protocolVersion).u64le(services).u64le(timestamp);
    writeAddress(w, services);
    writeAddress(w, services);
    return w.u64le(nonce)
        .varStr(userAgent.getBytes(StandardCharsets.UTF_8))
        .u32le(startHeight)
        .u8(relay ? 1 : 0)
        .toByteArray();
  }

  private static void writeAddress(ByteWriter w, long services) {
    byte[] ip = new byte[16];
    ip[10] = (byte) 0xff;
    ip[11] = (byte) 0xff;
    ip[12] = 127;
    ip[15] = 1;
    w.u64le(services).bytes(ip).u16be(0);
  }

  public static VersionMessage decode(byte[] payload) {
    ByteReader r = new ByteReader(payload);
    int version = (int) r.u32le();
    long services = r.u64le();
    long timestamp = r.u64le();
    r.skip(26 + 26);
    long nonce = r.u64le();
    String agent = new String(r.varStr(MAX_USER_AGENT), StandardCharsets.UTF_8);
    int height = (int) r.u32le();
    boolean relay = !r.hasRemaining() || r.u8() != 0;
    return new VersionMessage(version, services, timestamp, nonce, agent, height, relay);
  }
}
