package org.p2poolj.p2p.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Incremental decoder for one byte stream: feed it bytes as they arrive, then poll {@link #next()}
 * until it is empty. Junk before a prefix is skipped and counted. The buffer only grows with bytes
 * actually received, never with a declared length.
 */
public final class FrameDecoder {
  private enum State {
    SCAN,
    HEADER,
    PAYLOAD
  }

  private final byte[] prefix;
  private final int maxPayload;
  private byte[] buf = new byte[4096];
  private int start;
  private int end;
  private State state = State.SCAN;
  private String command = "";
  private int length;
  private final byte[] checksum = new byte[4];
  private long junkBytes;

  FrameDecoder(byte[] prefix, int maxPayload) {
    this.prefix = prefix.clone();
    this.maxPayload = maxPayload;
  }

  /** Appends received bytes. */
  public void feed(byte[] data, int off, int len) {
    if (len <= 0) {
      return;
    }
    if (end + len > buf.length) {
      compact();
      if (end + len > buf.length) {
        buf =
            Arrays.copyOf(
                buf, Math.max(end + len, Math.min(buf.length * 2, Integer.MAX_VALUE - 8)));
      }
    }
    System.arraycopy(data, off, buf, end, len);
    end += len;
  }

  public void feed(byte[] data) {
    feed(data, 0, data.length);
  }

  private void compact() {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    if (buf.length > 65536 && end < buf.length / 4) {
      // Give memory back after a large message.
      buf = Arrays.copyOf(buf, Math.max(4096, end * 2));
    }
  }

  /** Bytes skipped so far while looking for a prefix. */
  public long junkBytes() {
    return junkBytes;
  }

  /** Bytes held but not yet consumed. */
  public int buffered() {
    return end - start;
  }

  /** The next complete event, or empty when more bytes are needed. */
  public Optional<FrameEvent> next() {
    while (true) {
      switch (state) {
        case SCAN -> {
          if (!scan()) {
            return Optional.empty();
          }
        }
        case HEADER -> {
          if (end - start < Framing.HEADER_AFTER_PREFIX) {
            return Optional.empty();
          }
          Optional<FrameEvent> oversize = readHeader();
          if (oversize.isPresent()) {
            return oversize;
          }
        }
        case PAYLOAD -> {
          if (end - start < length) {
            return Optional.empty();
          }
          return Optional.of(readPayload());
        }
      }
    }
  }

  private boolean scan() {
    int limit = end - prefix.length;
    for (int i = start; i <= limit; i++) {
      if (Arrays.equals(buf, i, i + prefix.length, prefix, 0, prefix.length)) {
        junkBytes += i - start;
        start = i + prefix.length;
        state = State.HEADER;
        return true;
      }
    }
    // Keep the last prefix-1 bytes: they may be the start of a prefix split across reads.
    int keep = Math.min(end - start, prefix.length - 1);
    junkBytes += end - start - keep;
    start = end - keep;
    return false;
  }

  private Optional<FrameEvent> readHeader() {
    int cmdEnd = start + Framing.COMMAND_SIZE;
    while (cmdEnd > start && buf[cmdEnd - 1] == 0) {
      cmdEnd--;
    }
    command = new String(buf, start, cmdEnd - start, StandardCharsets.ISO_8859_1);
    int p = start + Framing.COMMAND_SIZE;
    long len =
        (buf[p] & 0xffL)
            | (buf[p + 1] & 0xffL) << 8
            | (buf[p + 2] & 0xffL) << 16
            | (buf[p + 3] & 0xffL) << 24;
    System.arraycopy(buf, p + 4, checksum, 0, 4);
    start += Framing.HEADER_AFTER_PREFIX;
    if (len > maxPayload) {
      state = State.SCAN;
      return Optional.of(new FrameEvent.Oversize(command, len));
    }
    length = (int) len;
    state = State.PAYLOAD;
    return Optional.empty();
  }

  private FrameEvent readPayload() {
    byte[] payload = Arrays.copyOfRange(buf, start, start + length);
    start += length;
    state = State.SCAN;
    if (!Arrays.equals(Framing.checksum(payload, 0, payload.length), checksum)) {
      return new FrameEvent.BadChecksum(command, length);
    }
    return new FrameEvent.Frame(command, payload);
  }
}
