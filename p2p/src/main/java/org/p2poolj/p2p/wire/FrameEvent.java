package org.p2poolj.p2p.wire;

import java.util.Arrays;

/** What a {@link FrameDecoder} found in the byte stream. */
public sealed interface FrameEvent {
  /** A complete message with a valid checksum; the payload is not decoded yet. */
  record Frame(String command, byte[] payload) implements FrameEvent {
    public Frame {
      payload = payload.clone();
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Frame f && f.command.equals(command) && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
      return command.hashCode() * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
      return "Frame[" + command + ", " + payload.length + " bytes]";
    }
  }

  /** A complete message whose checksum did not match; p2pool treats the peer as misbehaving. */
  record BadChecksum(String command, int length) implements FrameEvent {}

  /**
   * A header declaring a payload above the limit. As in p2pool the decoder then scans for the next
   * prefix from just after this header, without skipping the declared payload.
   */
  record Oversize(String command, long length) implements FrameEvent {}
}
