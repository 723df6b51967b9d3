package org.p2poolj.coin.codec;

import java.math.BigInteger;
import java.util.Arrays;
import org.p2poolj.coin.hash.Hash256;

/**
 * A strict cursor over a byte array. Every read checks the bytes are there and fails with a {@link
 * ProtocolException} naming what was being read, so a truncated message never surfaces as an index
 * error. Length fields are checked against the remaining bytes before anything is allocated.
 */
public final class ByteReader {
  private final byte[] buf;
  private final int end;
  private int pos;

  public ByteReader(byte[] data) {
    this(data, 0, data.length);
  }

  public ByteReader(byte[] data, int off, int len) {
    if (off < 0 || len < 0 || off > data.length - len) {
      throw new IllegalArgumentException(
          "slice [" + off + ", +" + len + ") outside array of " + data.length);
    }
    this.buf = data;
    this.pos = off;
    this.end = off + len;
  }

  public int position() {
    return pos;
  }

  public int remaining() {
    return end - pos;
  }

  public boolean hasRemaining() {
    return pos < end;
  }

  /** Fails when bytes are left over, which for a whole message means a malformed encoding. */
  public void expectEnd() {
    if (pos != end) {
      throw new ProtocolException(remaining() + " trailing byte(s) after the end of the data");
    }
  }

  private void need(int n, String what) {
    if (n > end - pos) {
      throw new ProtocolException(
          "truncated input: " + what + " needs " + n + " byte(s), " + remaining() + " left");
    }
  }

  public int u8() {
    need(1, "u8");
    return buf[pos++] & 0xff;
  }

  public int u16le() {
    need(2, "u16");
    int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
    pos += 2;
    return v;
  }

  public int u16be() {
    need(2, "u16");
    int v = (buf[pos] & 0xff) << 8 | (buf[pos + 1] & 0xff);
    pos += 2;
    return v;
  }

  /** Unsigned 32-bit little-endian value. */
  public long u32le() {
    need(4, "u32");
    long v = rawInt32(pos) & 0xffffffffL;
    pos += 4;
    return v;
  }

  /** The raw 64 bits of a little-endian u64; use {@link Long#toUnsignedString} when it matters. */
  public long u64le() {
    need(8, "u64");
    long v = (rawInt32(pos) & 0xffffffffL) | ((long) rawInt32(pos + 4)) << 32;
    pos += 8;
    return v;
  }

  private int rawInt32(int p) {
    return (buf[p] & 0xff)
        | (buf[p + 1] & 0xff) << 8
        | (buf[p + 2] & 0xff) << 16
        | (buf[p + 3] & 0xff) << 24;
  }

  /** An unsigned little-endian integer of {@code nBytes} bytes (p2pool's wide IntType). */
  public BigInteger uintLE(int nBytes) {
    if (nBytes < 0) {
      throw new IllegalArgumentException("negative width " + nBytes);
    }
    need(nBytes, "uint" + nBytes * 8);
    byte[] be = new byte[nBytes];
    for (int i = 0; i < nBytes; i++) {
      be[nBytes - 1 - i] = buf[pos + i];
    }
    pos += nBytes;
    return new BigInteger(1, be);
  }

  public byte[] bytes(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative length " + n);
    }
    need(n, "byte string");
    byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /** Skips {@code n} bytes without copying them. */
  public void skip(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative length " + n);
    }
    need(n, "skipped bytes");
    pos += n;
  }

  /**
   * A CompactSize integer (raw 64 bits; values above {@link Long#MAX_VALUE} come back negative).
   * Non-canonical forms, such as {@code fd fc 00}, are rejected as Bitcoin Core and p2pool do.
   */
  public long varInt() {
    int first = u8();
    switch (first) {
      case 0xfd -> {
        int v = u16le();
        if (v < 0xfd) {
          throw new ProtocolException("VarInt not canonically packed: " + v + " after fd");
        }
        return v;
      }
      case 0xfe -> {
        long v = u32le();
        if (v < 0x10000L) {
          throw new ProtocolException("VarInt not canonically packed: " + v + " after fe");
        }
        return v;
      }
      case 0xff -> {
        long v = u64le();
        if (Long.compareUnsigned(v, 0x100000000L) < 0) {
          throw new ProtocolException("VarInt not canonically packed: " + v + " after ff");
        }
        return v;
      }
      default -> {
        return first;
      }
    }
  }

  /** A VarStr whose length is bounded only by the remaining input. */
  public byte[] varStr() {
    return varStr(Integer.MAX_VALUE);
  }

  /** A VarStr of at most {@code maxLen} bytes. */
  public byte[] varStr(int maxLen) {
    long len = varInt();
    if (len < 0 || len > maxLen) {
      throw new ProtocolException(
          "VarStr length " + Long.toUnsignedString(len) + " exceeds the limit of " + maxLen);
    }
    if (len > remaining()) {
      throw new ProtocolException(
          "truncated input: VarStr declares " + len + " byte(s), " + remaining() + " left");
    }
    return bytes((int) len);
  }

  /**
   * A list count (VarInt) for a list whose elements take at least one byte each. The count must not
   * exceed {@code maxCount} nor the remaining bytes, so it can safely size a collection.
   */
  public int listCount(int maxCount) {
    long n = varInt();
    if (n < 0 || n > maxCount) {
      throw new ProtocolException(
          "list count " + Long.toUnsignedString(n) + " exceeds the limit of " + maxCount);
    }
    if (n > remaining()) {
      throw new ProtocolException(
          "truncated input: list declares "
              + n
              + " element(s), only "
              + remaining()
              + " byte(s) left");
    }
    return (int) n;
  }

  /** 32 bytes in wire (little-endian) order. */
  public Hash256 hash256() {
    need(32, "hash256");
    Hash256 h = Hash256.wrap(buf, pos);
    pos += 32;
    return h;
  }
}
