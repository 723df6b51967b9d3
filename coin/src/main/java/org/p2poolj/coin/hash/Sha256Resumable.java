package org.p2poolj.coin.hash;

import java.util.Arrays;

/**
 * SHA-256 whose state can be exported after the full 64-byte blocks and resumed later: the
 * "midstate" that p2pool's hash_link carries instead of the coinbase prefix (spec §3.5).
 *
 * <p>The exported form is p2pool's: {@link #stateBytes()} is the chaining value as 8 big-endian
 * words, {@link #bytesProcessed()} is the <em>total</em> number of bytes fed so far (p2pool's
 * {@code length}, including the pending tail), and {@link #pendingTail()} is the {@code
 * bytesProcessed % 64} bytes that have not been compressed yet. Not thread-safe.
 */
public final class Sha256Resumable {
  private final int[] state;
  private final int[] w = new int[64];
  private final byte[] block = new byte[64];
  private int blockLen;
  private long total;

  private Sha256Resumable(int[] state, long total, byte[] tail) {
    this.state = state;
    this.total = total;
    System.arraycopy(tail, 0, block, 0, tail.length);
    this.blockLen = tail.length;
  }

  public static Sha256Resumable fresh() {
    return new Sha256Resumable(Sha256Core.IV.clone(), 0, new byte[0]);
  }

  /**
   * Resumes from an exported state.
   *
   * @param state32BigEndianWords the chaining value after the full blocks (32 bytes)
   * @param bytesProcessed total bytes fed before the export, tail included
   * @param pendingTail the uncompressed tail; its length must be {@code bytesProcessed % 64}
   */
  public static Sha256Resumable fromState(
      byte[] state32BigEndianWords, long bytesProcessed, byte[] pendingTail) {
    if (state32BigEndianWords.length != 32) {
      throw new IllegalArgumentException(
          "SHA-256 state must be 32 bytes, got " + state32BigEndianWords.length);
    }
    if (bytesProcessed < 0 || pendingTail.length != bytesProcessed % 64) {
      throw new IllegalArgumentException(
          "pending tail of "
              + pendingTail.length
              + " byte(s) does not match a total length of "
              + bytesProcessed
              + " (expected "
              + Math.floorMod(bytesProcessed, 64)
              + ")");
    }
    int[] st = new int[8];
    for (int i = 0; i < 8; i++) {
      int p = 4 * i;
      st[i] =
          (state32BigEndianWords[p] & 0xff) << 24
              | (state32BigEndianWords[p + 1] & 0xff) << 16
              | (state32BigEndianWords[p + 2] & 0xff) << 8
              | (state32BigEndianWords[p + 3] & 0xff);
    }
    return new Sha256Resumable(st, bytesProcessed, pendingTail);
  }

  public Sha256Resumable update(byte[] data) {
    return update(data, 0, data.length);
  }

  public Sha256Resumable update(byte[] data, int off, int len) {
    total += len;
    while (len > 0) {
      int n = Math.min(len, 64 - blockLen);
      System.arraycopy(data, off, block, blockLen, n);
      blockLen += n;
      off += n;
      len -= n;
      if (blockLen == 64) {
        Sha256Core.load(block, 0, w);
        Sha256Core.compress(state, w);
        blockLen = 0;
      }
    }
    return this;
  }

  /** Finishes a copy of this hash, so this object may keep being updated. */
  public byte[] digest() {
    int[] st = state.clone();
    byte[] last = new byte[128];
    System.arraycopy(block, 0, last, 0, blockLen);
    last[blockLen] = (byte) 0x80;
    int blocks = blockLen + 9 <= 64 ? 1 : 2;
    long bits = total << 3;
    int end = blocks * 64;
    for (int i = 0; i < 8; i++) {
      last[end - 1 - i] = (byte) (bits >>> (8 * i));
    }
    // w is pure scratch between calls, so finishing may reuse it.
    for (int b = 0; b < blocks; b++) {
      Sha256Core.load(last, 64 * b, w);
      Sha256Core.compress(st, w);
    }
    byte[] out = new byte[32];
    Sha256Core.store(st, out, 0);
    return out;
  }

  public byte[] stateBytes() {
    byte[] out = new byte[32];
    Sha256Core.store(state, out, 0);
    return out;
  }

  public long bytesProcessed() {
    return total;
  }

  public byte[] pendingTail() {
    return Arrays.copyOf(block, blockLen);
  }
}
