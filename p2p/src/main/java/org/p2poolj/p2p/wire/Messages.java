package org.p2poolj.p2p.wire;

import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;

/** Payload encoding and decoding for the whole {@link Message} family. */
public final class Messages {
  private Messages() {}

  /** The payload bytes of {@code m}. */
  public static byte[] encode(Message m) {
    ByteWriter w = new ByteWriter(initialCapacity(m));
    m.write(w);
    return w.toByteArray();
  }

  private static int initialCapacity(Message m) {
    return switch (m) {
      case Message.Version v -> 160;
      case Message.Ping p -> 16;
      case Message.AddrMe a -> 16;
      case Message.GetAddrs g -> 16;
      case Message.BestBlock b -> 80;
      case Message.Addrs a -> 8 + a.addrs().size() * AddrRecord.SIZE;
      case Message.Shares s -> 8 + sharesSize(s.shares());
      case Message.ShareReq q -> 48 + 32 * (q.hashes().size() + q.stops().size());
      case Message.ShareReply r -> 48 + sharesSize(r.shares());
      case Message.HaveTx h -> 8 + 32 * h.txHashes().size();
      case Message.LosingTx l -> 8 + 32 * l.txHashes().size();
      case Message.ForgetTx f -> 8 + 32 * f.txHashes().size();
      case Message.RememberTx t -> 16 + 32 * t.txHashes().size() + 256 * t.txs().size();
    };
  }

  private static int sharesSize(List<RawShare> shares) {
    long total = 0;
    for (RawShare s : shares) {
      total += s.wireSize();
    }
    return (int) Math.min(total, 64L << 20);
  }

  /**
   * Decodes a payload. Returns empty for a command this protocol does not know (p2pool ignores
   * those silently); throws {@link org.p2poolj.coin.codec.ProtocolException} for a known command
   * whose payload is truncated, has trailing bytes or is otherwise malformed.
   */
  public static Optional<Message> decode(String command, byte[] payload) {
    ByteReader r = new ByteReader(payload);
    Message m =
        switch (command) {
          case "version" -> Message.Version.read(r);
          case "ping" -> Message.Ping.read(r);
          case "addrme" -> Message.AddrMe.read(r);
          case "addrs" -> Message.Addrs.read(r);
          case "getaddrs" -> Message.GetAddrs.read(r);
          case "shares" -> Message.Shares.read(r);
          case "sharereq" -> Message.ShareReq.read(r);
          case "sharereply" -> Message.ShareReply.read(r);
          case "bestblock" -> Message.BestBlock.read(r);
          case "have_tx" -> Message.HaveTx.read(r);
          case "losing_tx" -> Message.LosingTx.read(r);
          case "remember_tx" -> Message.RememberTx.read(r);
          case "forget_tx" -> Message.ForgetTx.read(r);
          default -> null;
        };
    if (m == null) {
      return Optional.empty();
    }
    r.expectEnd();
    return Optional.of(m);
  }
}
