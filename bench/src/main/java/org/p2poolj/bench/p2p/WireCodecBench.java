package org.p2poolj.bench.p2p;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.P2pNetwork;
import org.p2poolj.p2p.wire.FrameDecoder;
import org.p2poolj.p2p.wire.FrameEvent;
import org.p2poolj.p2p.wire.Framing;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.Messages;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.ShareReplyResult;

/**
 * Framing and codecs on a {@code sharereply} of 501 shares (one download batch, about 200 kB):
 * frame (encode + checksum) and decode (prefix scan + checksum + parse).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WireCodecBench {
  private final Framing framing =
      new Framing(P2pNetwork.LITECOIN.prefix(), Framing.DEFAULT_MAX_PAYLOAD);
  private Message.ShareReply reply;
  private byte[] framed;

  @Setup
  public void setup() {
    LinearChain chain = LinearChain.of(501, 2);
    Hash256 tip = chain.best().orElseThrow();
    List<RawShare> shares = chain.collect(List.of(tip), 500, Set.of());
    reply = new Message.ShareReply(Hash256.fromHex("ab".repeat(32)), ShareReplyResult.GOOD, shares);
    framed = framing.frame(reply);
  }

  @Benchmark
  public byte[] frameShareReply() {
    return framing.frame(reply);
  }

  @Benchmark
  public Optional<Message> decodeShareReply() {
    FrameDecoder d = framing.decoder();
    d.feed(framed);
    FrameEvent.Frame f = (FrameEvent.Frame) d.next().orElseThrow();
    return Messages.decode(f.command(), f.payload());
  }
}
