package org.p2poolj.p2p.wire;

import java.util.Arrays;
import java.util.HexFormat;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;

/**
 * A share as it travels on the wire ({@code share_type}: VarInt type, VarStr contents). The
 * contents stay opaque here; the share-chain module parses them.
 */
public record RawShare(long type, byte[] contents) {
  /**
   * Types below this are obsolete and dropped silently by receivers (p2pool {@code load_share}).
   */
  public static final long OLDEST_SUPPORTED_TYPE = 17;

  public RawShare {
    if (type < 0) {
      throw new IllegalArgumentException("negative share type " + type);
    }
    contents = contents.clone();
  }

  @Override
  public byte[] contents() {
    return contents.clone();
  }

  /** The number of bytes this share takes on the wire. */
  public int wireSize() {
    return WireLists.varIntSize(type) + WireLists.varIntSize(contents.length) + contents.length;
  }

  public boolean isObsolete() {
    return type < OLDEST_SUPPORTED_TYPE;
  }

  public static RawShare read(ByteReader r) {
    long type = r.varInt();
    if (type < 0) {
      throw new ProtocolException("share type out of range");
    }
    return new RawShare(type, r.varStr());
  }

  public void write(ByteWriter w) {
    w.varInt(type).varStr(contents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawShare s && s.type == type && Arrays.equals(s.contents, contents);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(type) * 31 + Arrays.hashCode(contents);
  }

  @Override
  public String toString() {
    String hex = HexFormat.of().formatHex(contents, 0, Math.min(16, contents.length));
    return "RawShare[type=" + type + ", " + contents.length + " bytes, " + hex + "...]";
  }
}
