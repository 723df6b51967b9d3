package org.p2poolj.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ProtocolException;

class FrameDecoderTest {
  private static final byte[] PREFIX = HexFormat.of().parseHex("7208c1a53ef629b0");
  private final Framing framing = new Framing(PREFIX, 10_000);

  private static List<FrameEvent> drain(FrameDecoder d) {
    List<FrameEvent> out = new ArrayList<>();
    for (Optional<FrameEvent> e = d.next(); e.isPresent(); e = d.next()) {
      out.add(e.get());
    }
    return out;
  }

  @Test
  void skipsJunkBeforeThePrefix() {
    byte[] junk = {1, 2, 3, 0x72, 0x08, (byte) 0xc1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
    byte[] msg = framing.frame(new Message.AddrMe(9326));
    FrameDecoder d = framing.decoder();
    d.feed(junk);
    d.feed(msg);
    assertThat(drain(d))
        .containsExactly(new FrameEvent.Frame("addrme", Messages.encode(new Message.AddrMe(9326))));
    assertThat(d.junkBytes()).isEqualTo(junk.length);
  }

  @Test
  void badChecksumIsReportedAndTheStreamContinues() {
    byte[] bad = framing.frame(new Message.GetAddrs(8));
    bad[bad.length - 1] ^= 1; // payload byte changed, checksum left as it was
    byte[] good = framing.frame(new Message.Ping());
    FrameDecoder d = framing.decoder();
    d.feed(bad);
    d.feed(good);
    assertThat(drain(d))
        .containsExactly(
            new FrameEvent.BadChecksum("getaddrs", 4), new FrameEvent.Frame("ping", new byte[0]));
  }

  @Test
  void oversizeLengthIsReportedWithoutWaitingForThePayload() {
    Framing big = new Framing(PREFIX, 100_000);
    byte[] msg = big.frame("shares", new byte[20_000]);
    FrameDecoder d = framing.decoder();
    d.feed(msg, 0, 8 + 20); // header only
    assertThat(drain(d)).containsExactly(new FrameEvent.Oversize("shares", 20_000));
    assertThat(d.buffered()).isZero();
  }

  @Test
  void afterOversizeItScansForTheNextPrefixInsideThePayload() {
    Framing big = new Framing(PREFIX, 100_000);
    byte[] inner = framing.frame(new Message.AddrMe(1));
    byte[] payload = new byte[20_000];
    System.arraycopy(inner, 0, payload, 100, inner.length);
    FrameDecoder d = framing.decoder();
    d.feed(big.frame("shares", payload));
    List<FrameEvent> events = drain(d);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isEqualTo(new FrameEvent.Oversize("shares", 20_000));
    assertThat(events.get(1)).isEqualTo(new FrameEvent.Frame("addrme", new byte[] {1, 0}));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void anySplitOfTheStreamYieldsTheSameFrames(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    List<FrameEvent> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      byte[] payload = new byte[r.nextInt(300)];
      r.nextBytes(payload);
      byte[] junk = new byte[r.nextInt(5)];
      r.nextBytes(junk);
      junk = new byte[junk.length]; // zeros never contain the prefix
      String cmd = "c" + i;
      stream.writeBytes(junk);
      stream.writeBytes(framing.frame(cmd, payload));
      expected.add(new FrameEvent.Frame(cmd, payload));
    }
    byte[] all = stream.toByteArray();
    FrameDecoder d = framing.decoder();
    List<FrameEvent> got = new ArrayList<>();
    for (int pos = 0; pos < all.length; ) {
      int n = Math.min(all.length - pos, 1 + r.nextInt(64));
      d.feed(all, pos, n);
      pos += n;
      got.addAll(drain(d));
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void sendingRefusesLongCommandsAndPayloadsOverTheLimit() {
    assertThatThrownBy(() -> framing.frame("abcdefghijkl", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(framing.frame("abcdefghijk", new byte[0])).hasSize(28);
    assertThatThrownBy(() -> framing.frame("shares", new byte[10_001]))
        .isInstanceOf(MessageTooLongException.class);
  }

  @Test
  void trailingBytesInAPayloadAreMalformed() {
    byte[] payload = {0x6e, 0x24, 0x00};
    assertThatThrownBy(() -> Messages.decode("addrme", payload))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void truncatedPayloadIsMalformed() {
    assertThatThrownBy(() -> Messages.decode("getaddrs", new byte[] {8, 0, 0}))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void unknownCommandsDecodeToNothing() {
    assertThat(Messages.decode("frobnicate", new byte[] {1, 2, 3})).isEmpty();
  }

  @Test
  void aListCountLargerThanThePayloadFailsBeforeAllocating() {
    // sharereq: id, then a hash list claiming 2^32-1 entries.
    byte[] payload = new byte[32 + 5];
    payload[32] = (byte) 0xfe;
    payload[33] = payload[34] = payload[35] = payload[36] = (byte) 0xff;
    assertThatThrownBy(() -> Messages.decode("sharereq", payload))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("list declares");
  }
}
