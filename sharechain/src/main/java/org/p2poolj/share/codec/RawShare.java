package org.p2poolj.share.codec;

import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

/**
 * The wire wrapper {@code share_type = {type VarInt, contents VarStr}}, not yet interpreted. Held
 * raw so a node can relay or store a share of a version it does not parse.
 */
public record RawShare(long type, byte[] contents) {
  /** Contents above this are refused before allocation (far above any real share). */
  public static final int MAX_CONTENTS = 1 << 20;

  public RawShare {
    contents = contents.clone();
  }

  @Override
  public byte[] contents() {
    return contents.clone();
  }

  public static RawShare read(ByteReader r) {
    long type = r.varInt();
    byte[] contents = r.varStr(MAX_CONTENTS);
    return new RawShare(type, contents);
  }

  /** Parses exactly one wrapper; trailing bytes are an error. */
  public static RawShare parse(byte[] shareTypeBytes) {
    ByteReader r = new ByteReader(shareTypeBytes);
    RawShare s = read(r);
    r.expectEnd();
    return s;
  }

  public void write(ByteWriter w) {
    w.varInt(type).varStr(contents);
  }

  public byte[] toBytes() {
    ByteWriter w = new ByteWriter(contents.length + 8);
    write(w);
    return w.toByteArray();
  }
}
