package org.p2poolj.coin.block;

import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;

/**
 * The 80-byte block header. The u32 fields are held in longs so they stay unsigned. A {@code
 * previousBlock} of {@link Hash256#ZERO} stands for p2pool's None (genesis).
 */
public record BlockHeader(
    long version,
    Hash256 previousBlock,
    Hash256 merkleRoot,
    long timestamp,
    long bits,
    long nonce) {
  public static final int SIZE = 80;

  public BlockHeader {
    checkU32("version", version);
    checkU32("timestamp", timestamp);
    checkU32("bits", bits);
    checkU32("nonce", nonce);
    if (previousBlock == null || merkleRoot == null) {
      throw new IllegalArgumentException("header hashes must not be null");
    }
  }

  private static void checkU32(String name, long v) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException(name + " out of u32 range: " + v);
    }
  }

  public void write(ByteWriter w) {
    w.u32le(version).hash256(previousBlock).hash256(merkleRoot);
    w.u32le(timestamp).u32le(bits).u32le(nonce);
  }

  public byte[] serialize() {
    ByteWriter w = new ByteWriter(SIZE);
    write(w);
    return w.toByteArray();
  }

  public static BlockHeader read(ByteReader r) {
    return new BlockHeader(r.u32le(), r.hash256(), r.hash256(), r.u32le(), r.u32le(), r.u32le());
  }

  /** Parses exactly 80 bytes. */
  public static BlockHeader parse(byte[] header80) {
    ByteReader r = new ByteReader(header80);
    BlockHeader h = read(r);
    r.expectEnd();
    return h;
  }

  /** The block id: SHA-256d of the serialized header. */
  public Hash256 hash() {
    return Sha256d.hash256(serialize());
  }

  public BlockHeader withNonce(long newNonce) {
    return new BlockHeader(version, previousBlock, merkleRoot, timestamp, bits, newNonce);
  }
}
