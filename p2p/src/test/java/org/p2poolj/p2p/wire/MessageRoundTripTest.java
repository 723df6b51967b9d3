package org.p2poolj.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

/** Seeded random messages of every kind survive encode/decode, and any truncation is rejected. */
class MessageRoundTripTest {
  private static Hash256 hash(SplittableRandom r) {
    byte[] b = new byte[32];
    r.nextBytes(b);
    b[31] |= 1;
    return Hash256.wrap(b);
  }

  private static List<Hash256> hashes(SplittableRandom r) {
    List<Hash256> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      out.add(hash(r));
    }
    return out;
  }

  private static List<RawShare> shares(SplittableRandom r) {
    List<RawShare> out = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      byte[] c = new byte[r.nextInt(400)];
      r.nextBytes(c);
      out.add(new RawShare(17 + r.nextInt(20), c));
    }
    return out;
  }

  private static PeerAddress addr(SplittableRandom r) {
    return r.nextBoolean()
        ? PeerAddress.of(
            r.nextLong(), "10." + r.nextInt(256) + ".0." + r.nextInt(256), r.nextInt(65536))
        : PeerAddress.of(
            r.nextLong(),
            "2001:db8::" + Integer.toHexString(r.nextInt(65536)),
            1 + r.nextInt(65535));
  }

  private static RawTx tx(SplittableRandom r) {
    ByteWriter w = new ByteWriter();
    boolean segwit = r.nextBoolean();
    w.u32le(2);
    if (segwit) {
      w.u8(0).u8(1);
    }
    w.varInt(1).bytes(new byte[36]).varStr(new byte[r.nextInt(50)]).u32le(0xffffffffL);
    w.varInt(1).u64le(5000).varStr(new byte[25]);
    if (segwit) {
      w.varInt(2).varStr(new byte[72]).varStr(new byte[33]);
    }
    w.u32le(0);
    return new RawTx(w.toByteArray());
  }

  static List<Message> all(SplittableRandom r) {
    BlockHeader header =
        new BlockHeader(0x20000000L, hash(r), hash(r), 1_700_000_000L, 0x1e0fffffL, 42);
    return List.of(
        new Message.Version(
            3502,
            0,
            addr(r),
            addr(r),
            r.nextLong(),
            "p2poolj-" + r.nextInt(),
            1,
            r.nextBoolean() ? Optional.empty() : Optional.of(hash(r))),
        new Message.Ping(),
        new Message.AddrMe(r.nextInt(65536)),
        new Message.Addrs(
            List.of(new AddrRecord(r.nextLong(), addr(r)), new AddrRecord(1, addr(r)))),
        new Message.GetAddrs(r.nextInt(1000)),
        new Message.Shares(shares(r)),
        new Message.ShareReq(hash(r), hashes(r), r.nextInt(1000), hashes(r)),
        new Message.ShareReply(hash(r), ShareReplyResult.fromCode(r.nextInt(7)), shares(r)),
        new Message.BestBlock(header),
        new Message.HaveTx(hashes(r)),
        new Message.LosingTx(hashes(r)),
        new Message.RememberTx(hashes(r), List.of(tx(r), tx(r))),
        new Message.ForgetTx(hashes(r)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 99, 12345})
  void everyMessageRoundTrips(long seed) {
    for (Message m : all(new SplittableRandom(seed))) {
      byte[] payload = Messages.encode(m);
      Message back = Messages.decode(m.command(), payload).orElseThrow();
      assertThat(Messages.encode(back)).as(m.command()).isEqualTo(payload);
      assertThat(back.command()).isEqualTo(m.command());
      if (!(m instanceof Message.Shares
          || m instanceof Message.ShareReply
          || m instanceof Message.RememberTx)) {
        assertThat(back).isEqualTo(m); // records with only value-equal components
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 5})
  void everyTruncationIsAProtocolError(long seed) {
    for (Message m : all(new SplittableRandom(seed))) {
      byte[] payload = Messages.encode(m);
      for (int cut = 0; cut < payload.length; cut++) {
        byte[] part = Arrays.copyOf(payload, cut);
        assertThatThrownBy(() -> Messages.decode(m.command(), part))
            .as("%s cut at %d", m.command(), cut)
            .isInstanceOf(ProtocolException.class);
      }
    }
  }
}
