package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.block.MerkleLink;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareContents;
import org.p2poolj.share.SmallHeader;
import org.p2poolj.share.chain.GentxConstants;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.codec.HashLinks;
import org.p2poolj.share.network.PoolNetwork;

/**
 * JT's {@code get_share}: turns a generated coinbase and a header into share contents, and grinds
 * the header nonce until the PoW meets the share target (for tests, the benchmark and regtest).
 */
public final class ShareFactory {
  private final PoolNetwork net;
  private final TransactionGenerator generator;

  public ShareFactory(PoolNetwork net) {
    this.net = net;
    this.generator = new TransactionGenerator(net);
  }

  public TransactionGenerator generator() {
    return generator;
  }

  public Generated generate(ChainView chain, ShareTemplate t) {
    return generate(chain, t, List.of());
  }

  /** v17-v33 kinds may commit to other transactions (their txids); v34+ take none. */
  public Generated generate(ChainView chain, ShareTemplate t, List<Hash256> otherTxHashes) {
    return generator.generate(
        chain,
        new GenerationRequest(
            t.kind(),
            t.shareData(),
            Targets.decode(t.blockBits()),
            t.desiredTimestamp(),
            t.desiredTarget(),
            List.of(),
            t.lastTxoutNonce(),
            net.segwitActive(t.kind()) ? t.segwitData() : null,
            otherTxHashes));
  }

  /**
   * Builds the share, trying header nonces from {@code firstNonce} until its PoW meets the share
   * target; null when {@code maxTries} nonces do not suffice.
   */
  public Share mine(ChainView chain, ShareTemplate t, long firstNonce, int maxTries) {
    return mine(chain, t, List.of(), firstNonce, maxTries);
  }

  /** As {@link #mine(ChainView, ShareTemplate, long, int)}, committing to other transactions. */
  public Share mine(
      ChainView chain,
      ShareTemplate t,
      List<Hash256> otherTxHashes,
      long firstNonce,
      int maxTries) {
    Generated g = generate(chain, t, otherTxHashes);
    List<Hash256> branch = Merkle.coinbaseBranch(otherTxHashes);
    Hash256 root =
        Merkle.checkLink(
            g.gentxTxid(),
            new MerkleLink(g.segwit() ? g.shareInfo().segwitData().txidMerkleBranch() : branch, 0));
    BlockHeader header =
        new BlockHeader(
            t.blockVersion(),
            t.previousBlock() == null ? Hash256.ZERO : t.previousBlock(),
            root,
            g.shareInfo().timestamp(),
            t.blockBits(),
            firstNonce);
    BigInteger target = Targets.decode(g.shareInfo().bits());
    for (int i = 0; i < maxTries; i++) {
      BlockHeader h = header.withNonce((firstNonce + i) & 0xffffffffL);
      if (net.parent().pow().powHash(h.serialize()).toBigInteger().compareTo(target) <= 0) {
        return assemble(g, t, h, branch);
      }
    }
    return null;
  }

  /** The share for a given header (no PoW requirement; the caller checks). */
  public Share assemble(Generated g, ShareTemplate t, BlockHeader header) {
    return assemble(g, t, header, List.of());
  }

  /**
   * As {@link #assemble(Generated, ShareTemplate, BlockHeader)} with the share's {@code
   * merkle_link} branch: JT fills it with {@code calculate_merkle_link([None] + tx hashes, 0)} even
   * though v34+ never check it (quirk Q8).
   */
  public Share assemble(
      Generated g, ShareTemplate t, BlockHeader header, List<Hash256> merkleBranch) {
    byte[] gentx = g.strippedGentx();
    byte[] prefix = Arrays.copyOf(gentx, gentx.length - 44);
    SmallHeader min =
        new SmallHeader(
            header.version(), t.previousBlock(), header.timestamp(), header.bits(), header.nonce());
    ShareContents c =
        new ShareContents(
            min,
            g.shareInfo(),
            List.of(),
            t.lastTxoutNonce(),
            HashLinks.fromPrefix(prefix, GentxConstants.gentxBeforeRefhash()),
            merkleBranch);
    return Share.of(t.kind(), c);
  }
}
