package org.p2poolj.daemon.p2p;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Sha256d;

/**
 * One framed message: {@code magic || command (12, NUL-padded) || length (u32 LE) ||
 * sha256d(payload)[0:4] || payload}. The magic length is a parameter because the same framing is
 * used with 4-byte coin magics and 8-byte p2pool prefixes.
 */
public record Frame(String command, byte[] payload) {
  public static final int COMMAND_LENGTH = 12;

  /** Largest payload accepted: a full 4 MWU block plus MWEB data fits comfortably. */
  public static final int MAX_PAYLOAD = 32 * 1024 * 1024;

  public Frame {
    if (command.isEmpty()
        || command.length() > COMMAND_LENGTH
        || !command.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("bad command: '" + command + "'");
    }
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** Header length after the magic: command, length, checksum. */
  public static int headerLength(int magicLength) {
    return magicLength + COMMAND_LENGTH + 4 + 4;
  }

  public byte[] encode(byte[] magic) {
    byte[] cmd = Arrays.copyOf(command.getBytes(StandardCharsets.US_ASCII), COMMAND_LENGTH);
    return new ByteWriter(headerLength(magic.length) + payload.length)
        .bytes(magic)
        .bytes(cmd)
        .u32le(payload.length)
        .bytes(checksum(payload))
        .bytes(payload)
        .toByteArray();
  }

  /** The parsed frame header: the payload that follows must have this length and checksum. */
  public record Header(String command, int length, byte[] checksum) {
    public Header {
      checksum = checksum.clone();
    }

    @Override
    public byte[] checksum() {
      return checksum.clone();
    }

    /** Checks the payload against the header and builds the frame. */
    public Frame withPayload(byte[] payload) {
      if (payload.length != length) {
        throw new ProtocolException("payload length " + payload.length + " != " + length);
      }
      if (!Arrays.equals(Frame.checksum(payload), checksum)) {
        throw new ProtocolException("bad checksum for '" + command + "'");
      }
      return new Frame(command, payload);
    }
  }

  /** Parses a frame header; throws {@link ProtocolException} on a wrong magic or bad fields. */
  public static Header readHeader(byte[] header, byte[] magic) {
    ByteReader r = new ByteReader(header);
    if (!Arrays.equals(r.bytes(magic.length), magic)) {
      throw new ProtocolException("wrong network magic");
    }
    String command = command(r.bytes(COMMAND_LENGTH));
    long length = r.u32le();
    if (length > MAX_PAYLOAD) {
      throw new ProtocolException("payload too large: " + length);
    }
    byte[] checksum = r.bytes(4);
    r.expectEnd();
    return new Header(command, (int) length, checksum);
  }

  /**
   * Decodes a whole frame from bytes (used by tests and tools; sockets read header then payload).
   */
  public static Frame decode(byte[] framed, byte[] magic) {
    int headerLength = headerLength(magic.length);
    if (framed.length < headerLength) {
      throw new ProtocolException("truncated frame header");
    }
    Header h = readHeader(Arrays.copyOf(framed, headerLength), magic);
    return h.withPayload(Arrays.copyOfRange(framed, headerLength, framed.length));
  }

  private static String command(byte[] raw) {
    int end = 0;
    while (end < raw.length && raw[end] != 0) {
      end++;
    }
    for (int i = end; i < raw.length; i++) {
      if (raw[i] != 0) {
        throw new ProtocolException("command not NUL-padded");
      }
    }
    if (end == 0) {
      throw new ProtocolException("empty command");
    }
    String command = new String(raw, 0, end, StandardCharsets.US_ASCII);
    if (!command.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ProtocolException("command not printable ASCII");
    }
    return command;
  }

  static byte[] checksum(byte[] payload) {
    return Arrays.copyOf(Sha256d.hash(payload), 4);
  }
}
