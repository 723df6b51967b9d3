package org.p2poolj.stratum.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-terminated lines of at most {@code maxLength} bytes, so a miner that never sends a
 * newline cannot grow our buffer. Not thread-safe: one reader per connection.
 */
public final class LineReader {
  private final InputStream in;
  private final int maxLength;
  private final byte[] buf = new byte[1024];
  private int pos;
  private int limit;
  private byte[] line;

  public LineReader(InputStream in, int maxLength) {
    if (maxLength < 16) {
      throw new IllegalArgumentException("maxLength too small: " + maxLength);
    }
    this.in = in;
    this.maxLength = maxLength;
    this.line = new byte[Math.min(maxLength, 512)];
  }

  /**
   * The next line without its terminator ({@code \n} or {@code \r\n}), or null at end of stream.
   * Bytes after the last newline at end of stream are returned as a final line.
   *
   * @throws LineTooLongException when a line exceeds the limit
   */
  public String readLine() throws IOException {
    int len = 0;
    while (true) {
      if (pos == limit) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          return len == 0 ? null : decode(len);
        }
        pos = 0;
        limit = n;
      }
      while (pos < limit) {
        byte b = buf[pos++];
        if (b == '\n') {
          return decode(len);
        }
        if (len == maxLength) {
          throw new LineTooLongException(maxLength);
        }
        if (len == line.length) {
          byte[] bigger = new byte[Math.min(maxLength, line.length * 2)];
          System.arraycopy(line, 0, bigger, 0, len);
          line = bigger;
        }
        line[len++] = b;
      }
    }
  }

  private String decode(int len) {
    int end = len > 0 && line[len - 1] == '\r' ? len - 1 : len;
    return new String(line, 0, end, StandardCharsets.UTF_8);
  }

  /** A line longer than the limit; the stream cannot be resynchronised cheaply, so close it. */
  public static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    public LineTooLongException(int maxLength) {
      super("line longer than " + maxLength + " bytes");
    }
  }
}
