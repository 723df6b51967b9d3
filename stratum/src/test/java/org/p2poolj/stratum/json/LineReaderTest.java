package org.p2poolj.stratum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(String s, int max) {
    return new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void splitsOnNewlinesAndStripsCarriageReturns() throws IOException {
    LineReader r = reader("a\r\nbé\n\nlast", 64);
    assertThat(r.readLine()).isEqualTo("a");
    assertThat(r.readLine()).isEqualTo("bé");
    assertThat(r.readLine()).isEmpty();
    assertThat(r.readLine()).isEqualTo("last");
    assertThat(r.readLine()).isNull();
  }

  @Test
  void aLineAtTheLimitPassesAndOneByteMoreFails() throws IOException {
    String ok = "x".repeat(100);
    assertThat(reader(ok + "\n", 100).readLine()).isEqualTo(ok);
    assertThatThrownBy(() -> reader(ok + "y\n", 100).readLine())
        .isInstanceOf(LineReader.LineTooLongException.class);
  }

  @Test
  void longLinesAcrossBufferRefillsAreJoined() throws IOException {
    String big = "z".repeat(20_000);
    assertThat(reader(big + "\nnext\n", 32 * 1024).readLine()).isEqualTo(big);
  }
}
