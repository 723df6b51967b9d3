package org.p2poolj.p2p.wire;

import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

/** One entry of an {@code addrs} message: a u64 timestamp (seconds) and an address. */
public record AddrRecord(long timestamp, PeerAddress address) {
  public static final int SIZE = 8 + PeerAddress.SIZE;

  public static AddrRecord read(ByteReader r) {
    return new AddrRecord(r.u64le(), PeerAddress.read(r));
  }

  public void write(ByteWriter w) {
    w.u64le(timestamp);
    address.write(w);
  }
}
