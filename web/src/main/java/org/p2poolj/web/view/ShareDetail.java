package org.p2poolj.web.view;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/**
 * Everything the share explorer shows about one share ({@code /web/share/<hash>}).
 *
 * @param hash the share hash
 * @param parent previous share, empty for a chain tail
 * @param farParent the share 99 back ({@code far_share_hash}), empty when none
 * @param children shares that build on this one, most-built-on first
 * @param typeName share class name, e.g. {@code PaddingBugfixShare}
 * @param verified whether the share is in the verified tracker
 * @param timeFirstSeen Unix seconds when this node first saw the share
 * @param peerFirstReceivedFrom {@code host:port} of the peer it came from, empty for own or cached
 * @param data the share's share_data fields
 * @param block the block header and gentx the share commits to
 */
public record ShareDetail(
    Hash256 hash,
    Optional<Hash256> parent,
    Optional<Hash256> farParent,
    List<Hash256> children,
    String typeName,
    boolean verified,
    double timeFirstSeen,
    Optional<String> peerFirstReceivedFrom,
    Data data,
    Block block) {

  public ShareDetail {
    children = List.copyOf(children);
  }

  /**
   * Share data as the reference explorer shows it.
   *
   * @param staleInfo {@code orphan}, {@code doa}, or empty for none
   * @param donation donation as a fraction of 65535
   */
  public record Data(
      long timestamp,
      BigInteger target,
      BigInteger maxTarget,
      String payoutAddress,
      double donation,
      Optional<String> staleInfo,
      long nonce,
      int desiredVersion,
      long absheight,
      BigInteger abswork) {}

  /** The block the share's header describes. */
  public record Block(
      Hash256 hash, Header header, Gentx gentx, List<Hash256> otherTransactionHashes) {
    public Block {
      otherTransactionHashes = List.copyOf(otherTransactionHashes);
    }
  }

  /** Block header fields; {@code target} is decoded from bits. */
  public record Header(
      long version,
      Hash256 previousBlock,
      Hash256 merkleRoot,
      long timestamp,
      BigInteger target,
      long nonce) {}

  /**
   * The generation transaction.
   *
   * @param rawHex full serialized gentx, empty when the node did not keep it
   * @param coinbaseHex the coinbase scriptSig
   * @param value subsidy in coins
   * @param lastTxoutNonce the 8-byte nonce in the last output, as 16 hex digits
   */
  public record Gentx(
      Hash256 hash,
      Optional<String> rawHex,
      String coinbaseHex,
      double value,
      String lastTxoutNonce) {}
}
