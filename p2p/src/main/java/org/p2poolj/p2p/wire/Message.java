package org.p2poolj.p2p.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;

/**
 * Every message of the p2pool protocol (JT {@code p2p.py} {@code message_*} layouts), one record
 * each. {@link Messages} dispatches on the sealed family with exhaustive switches.
 */
public sealed interface Message {
  /** The command name on the wire (at most 11 characters). */
  String command();

  /** Writes the payload (not the frame). */
  void write(ByteWriter w);

  /** Handshake; see spec 1.2. {@code subVersion} keeps raw bytes as ISO-8859-1 characters. */
  record Version(
      long version,
      long services,
      PeerAddress addrTo,
      PeerAddress addrFrom,
      long nonce,
      String subVersion,
      long mode,
      Optional<Hash256> bestShareHash)
      implements Message {
    public Version {
      if (bestShareHash.isPresent() && bestShareHash.get().isZero()) {
        throw new IllegalArgumentException("a zero best share hash is written as None");
      }
    }

    @Override
    public String command() {
      return "version";
    }

    public static Version read(ByteReader r) {
      long version = r.u32le();
      long services = r.u64le();
      PeerAddress to = PeerAddress.read(r);
      PeerAddress from = PeerAddress.read(r);
      long nonce = r.u64le();
      String sub = new String(r.varStr(r.remaining()), StandardCharsets.ISO_8859_1);
      long mode = r.u32le();
      Hash256 best = r.hash256();
      return new Version(
          version,
          services,
          to,
          from,
          nonce,
          sub,
          mode,
          best.isZero() ? Optional.empty() : Optional.of(best));
    }

    @Override
    public void write(ByteWriter w) {
      w.u32le(version).u64le(services);
      addrTo.write(w);
      addrFrom.write(w);
      w.u64le(nonce).varStr(subVersion.getBytes(StandardCharsets.ISO_8859_1)).u32le(mode);
      w.hash256(bestShareHash.orElse(Hash256.ZERO));
    }
  }

  /** Keep-alive with an empty payload. */
  record Ping() implements Message {
    @Override
    public String command() {
      return "ping";
    }

    public static Ping read(ByteReader r) {
      return new Ping();
    }

    @Override
    public void write(ByteWriter w) {}
  }

  /** "Advertise me at the IP you see and this port"; the port is u16 little-endian. */
  record AddrMe(int port) implements Message {
    @Override
    public String command() {
      return "addrme";
    }

    public static AddrMe read(ByteReader r) {
      return new AddrMe(r.u16le());
    }

    @Override
    public void write(ByteWriter w) {
      w.u16le(port);
    }
  }

  /** Address gossip. */
  record Addrs(List<AddrRecord> addrs) implements Message {
    public Addrs {
      addrs = List.copyOf(addrs);
    }

    @Override
    public String command() {
      return "addrs";
    }

    public static Addrs read(ByteReader r) {
      return new Addrs(WireLists.read(r, AddrRecord.SIZE, AddrRecord::read));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.write(w, addrs, (bw, a) -> a.write(bw));
    }
  }

  /** Asks for up to {@code count} addresses (the reply is capped at 100). */
  record GetAddrs(long count) implements Message {
    @Override
    public String command() {
      return "getaddrs";
    }

    public static GetAddrs read(ByteReader r) {
      return new GetAddrs(r.u32le());
    }

    @Override
    public void write(ByteWriter w) {
      w.u32le(count);
    }
  }

  /** Unsolicited share broadcast. */
  record Shares(List<RawShare> shares) implements Message {
    public Shares {
      shares = List.copyOf(shares);
    }

    @Override
    public String command() {
      return "shares";
    }

    public static Shares read(ByteReader r) {
      return new Shares(WireLists.readShares(r));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.writeShares(w, shares);
    }
  }

  /**
   * Requests each hash plus up to {@code parents} ancestors, stopping before any of {@code stops}.
   */
  record ShareReq(Hash256 id, List<Hash256> hashes, long parents, List<Hash256> stops)
      implements Message {
    public ShareReq {
      hashes = List.copyOf(hashes);
      stops = List.copyOf(stops);
    }

    @Override
    public String command() {
      return "sharereq";
    }

    public static ShareReq read(ByteReader r) {
      Hash256 id = r.hash256();
      List<Hash256> hashes = WireLists.readHashes(r);
      long parents = r.varInt();
      return new ShareReq(id, hashes, parents, WireLists.readHashes(r));
    }

    @Override
    public void write(ByteWriter w) {
      w.hash256(id);
      WireLists.writeHashes(w, hashes);
      w.varInt(parents);
      WireLists.writeHashes(w, stops);
    }
  }

  /** The answer to a {@link ShareReq} with the same id. */
  record ShareReply(Hash256 id, ShareReplyResult result, List<RawShare> shares) implements Message {
    public ShareReply {
      shares = List.copyOf(shares);
    }

    @Override
    public String command() {
      return "sharereply";
    }

    public static ShareReply read(ByteReader r) {
      Hash256 id = r.hash256();
      ShareReplyResult result = ShareReplyResult.fromCode(r.varInt());
      return new ShareReply(id, result, WireLists.readShares(r));
    }

    @Override
    public void write(ByteWriter w) {
      w.hash256(id).varInt(result.code());
      WireLists.writeShares(w, shares);
    }
  }

  /** The coin's newest block header, relayed because peers may see it before our daemon does. */
  record BestBlock(BlockHeader header) implements Message {
    @Override
    public String command() {
      return "bestblock";
    }

    public static BestBlock read(ByteReader r) {
      return new BestBlock(BlockHeader.read(r));
    }

    @Override
    public void write(ByteWriter w) {
      header.write(w);
    }
  }

  /** v33-and-older transaction gossip: "I know these transactions". */
  record HaveTx(List<Hash256> txHashes) implements Message {
    public HaveTx {
      txHashes = List.copyOf(txHashes);
    }

    @Override
    public String command() {
      return "have_tx";
    }

    public static HaveTx read(ByteReader r) {
      return new HaveTx(WireLists.readHashes(r));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.writeHashes(w, txHashes);
    }
  }

  /** v33-and-older transaction gossip: "I no longer know these". */
  record LosingTx(List<Hash256> txHashes) implements Message {
    public LosingTx {
      txHashes = List.copyOf(txHashes);
    }

    @Override
    public String command() {
      return "losing_tx";
    }

    public static LosingTx read(ByteReader r) {
      return new LosingTx(WireLists.readHashes(r));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.writeHashes(w, txHashes);
    }
  }

  /** v33-and-older: "keep these for me", by hash for known transactions, in full otherwise. */
  record RememberTx(List<Hash256> txHashes, List<RawTx> txs) implements Message {
    public RememberTx {
      txHashes = List.copyOf(txHashes);
      txs = List.copyOf(txs);
    }

    @Override
    public String command() {
      return "remember_tx";
    }

    public static RememberTx read(ByteReader r) {
      List<Hash256> hashes = WireLists.readHashes(r);
      // The smallest transaction (no inputs, no outputs) takes 10 bytes.
      return new RememberTx(hashes, WireLists.read(r, 10, RawTx::read));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.writeHashes(w, txHashes);
      WireLists.write(w, txs, (bw, t) -> t.write(bw));
    }
  }

  /** v33-and-older: "drop the remembered transactions". */
  record ForgetTx(List<Hash256> txHashes) implements Message {
    public ForgetTx {
      txHashes = List.copyOf(txHashes);
    }

    @Override
    public String command() {
      return "forget_tx";
    }

    public static ForgetTx read(ByteReader r) {
      return new ForgetTx(WireLists.readHashes(r));
    }

    @Override
    public void write(ByteWriter w) {
      WireLists.writeHashes(w, txHashes);
    }
  }
}
