package org.p2poolj.p2p.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Sha256d;

/**
 * Message framing ({@code p2protocol.py}): {@code prefix(8) | command(12, NUL padded) | length(u32
 * LE) | sha256d(payload)[0:4] | payload}. One instance per network prefix and payload limit.
 */
public final class Framing {
  /** JT and FR accept payloads up to this many bytes. */
  public static final int DEFAULT_MAX_PAYLOAD = 32_000_000;

  public static final int PREFIX_SIZE = 8;
  public static final int COMMAND_SIZE = 12;

  /** Command, length and checksum, after the prefix. */
  public static final int HEADER_AFTER_PREFIX = COMMAND_SIZE + 4 + 4;

  private final byte[] prefix;
  private final int maxPayload;

  public Framing(byte[] prefix, int maxPayload) {
    if (prefix.length != PREFIX_SIZE) {
      throw new IllegalArgumentException("the prefix must be 8 bytes, got " + prefix.length);
    }
    if (maxPayload < 0) {
      throw new IllegalArgumentException("negative payload limit");
    }
    this.prefix = prefix.clone();
    this.maxPayload = maxPayload;
  }

  public byte[] prefix() {
    return prefix.clone();
  }

  public int maxPayload() {
    return maxPayload;
  }

  /** A decoder for one incoming byte stream. */
  public FrameDecoder decoder() {
    return new FrameDecoder(prefix, maxPayload);
  }

  /** Frames a message. */
  public byte[] frame(Message m) {
    return frame(m.command(), Messages.encode(m));
  }

  /**
   * Frames a raw payload.
   *
   * @throws IllegalArgumentException when the command has 12 or more characters
   * @throws MessageTooLongException when the payload is above the limit
   */
  public byte[] frame(String command, byte[] payload) {
    byte[] cmd = command.getBytes(StandardCharsets.ISO_8859_1);
    if (cmd.length >= COMMAND_SIZE) {
      throw new IllegalArgumentException("command too long: " + command);
    }
    if (payload.length > maxPayload) {
      throw new MessageTooLongException(command, payload.length, maxPayload);
    }
    ByteWriter w = new ByteWriter(PREFIX_SIZE + HEADER_AFTER_PREFIX + payload.length);
    w.bytes(prefix).bytes(Arrays.copyOf(cmd, COMMAND_SIZE)).u32le(payload.length);
    w.bytes(checksum(payload, 0, payload.length)).bytes(payload);
    return w.toByteArray();
  }

  /** The first 4 bytes of SHA-256d. */
  static byte[] checksum(byte[] data, int off, int len) {
    return Arrays.copyOf(Sha256d.hash(data, off, len), 4);
  }
}
