package org.p2poolj.share.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.TxRefs;
import org.p2poolj.share.address.InvalidPayoutAddressException;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.ShareInfoCodec;
import org.p2poolj.share.gentx.ChainView;
import org.p2poolj.share.gentx.Generated;
import org.p2poolj.share.gentx.GenerationRequest;
import org.p2poolj.share.gentx.TransactionGenerator;
import org.p2poolj.share.network.PoolNetwork;

/**
 * {@code check()} in JT's order. The v17-v33 fee check asks a {@link FeeCheck} supplied by the node
 * (transaction fees and block heights are not share-chain data); naughtiness is inherited.
 */
public final class ShareChecker {
  private static final long MAX_FUTURE_SECONDS = 600;
  private static final int MAX_NAUGHTY = 6;

  private final PoolNetwork net;
  private final TransactionGenerator generator;
  private final FeeCheck feeCheck;

  public ShareChecker(PoolNetwork net) {
    this(net, FeeCheck.NONE);
  }

  public ShareChecker(PoolNetwork net, FeeCheck feeCheck) {
    this.net = net;
    this.generator = new TransactionGenerator(net);
    this.feeCheck = feeCheck;
  }

  public TransactionGenerator generator() {
    return generator;
  }

  /**
   * Verifies one loaded share against the chain.
   *
   * @param protocolFloor the current minimum protocol version, for the ratchet
   */
  public CheckOutcome check(LoadedShare s, ChainView chain, long nowSeconds, int protocolFloor) {
    if (s.timestamp() > nowSeconds + MAX_FUTURE_SECONDS) {
      return invalid(Reason.TIMESTAMP_IN_FUTURE, (s.timestamp() - nowSeconds) + " s ahead");
    }
    Map<Long, BigInteger> counts = null;
    Hash256 prevHash = s.previousHash();
    LoadedShare prev = prevHash == null ? null : chain.get(prevHash);
    if (prevHash != null) {
      if (prev == null) {
        return invalid(Reason.PARENT_MISSING, prevHash.toHex());
      }
      counts = VersionRules.counts(chain, prev, net);
      InvalidShare sw = VersionRules.switchRule(s.kind(), prev, counts);
      if (sw != null) {
        return new CheckOutcome.Invalid(sw);
      }
    }
    List<Hash256> other;
    try {
      other = s.kind().hasTransactionRefs() ? otherTxHashes(s, chain) : List.of();
    } catch (IllegalStateException e) {
      return invalid(Reason.PARENT_MISSING, e.getMessage());
    }
    Share share = s.share();
    ShareInfo info = share.shareInfo();
    Generated g;
    try {
      g =
          generator.generate(
              chain,
              new GenerationRequest(
                  s.kind(),
                  info.shareData(),
                  s.blockTarget(),
                  info.timestamp(),
                  s.target(),
                  share.contents().refMerkleBranch(),
                  share.contents().lastTxoutNonce(),
                  info.segwitData(),
                  other));
    } catch (InvalidPayoutAddressException e) {
      return invalid(Reason.GENERATION_FAILED, e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      return invalid(Reason.GENERATION_FAILED, String.valueOf(e.getMessage()));
    }
    int naughty = 0;
    if (s.kind().hasTransactionRefs() && prevHash != null) {
      // JT marks (does not reject) a share claiming more than subsidy + fees: "naughty"
      OptionalLong max = feeCheck.maxSubsidy(s.previousBlock(), other);
      if (max.isPresent()
          && Long.compareUnsigned(info.shareData().subsidy(), max.getAsLong()) > 0) {
        naughty = 1;
      }
    }
    int parentNaughty = prevHash == null ? 0 : chain.naughty(prevHash);
    if (parentNaughty > 0) {
      naughty = parentNaughty + 1 > MAX_NAUGHTY ? 0 : parentNaughty + 1;
    }
    boolean segwit = net.segwitActive(s.kind());
    if (!Arrays.equals(
        ShareInfoCodec.encode(g.shareInfo(), s.kind(), segwit),
        ShareInfoCodec.encode(info, s.kind(), segwit))) {
      return invalid(Reason.SHARE_INFO_MISMATCH, describeMismatch(g.shareInfo(), info));
    }
    if (!g.gentxTxid().equals(s.gentxHash())) {
      return invalid(Reason.GENTX_MISMATCH, "gentx doesn't match hash_link");
    }
    if (s.kind().hasTransactionRefs()) {
      if (!Merkle.coinbaseBranch(other).equals(share.contents().merkleBranch())) {
        return invalid(Reason.MERKLE_LINK_MISMATCH, "merkle_link and other_tx_hashes do not match");
      }
    }
    OptionalInt raise =
        VersionRules.ratchet(s.kind(), counts, protocolFloor)
            ? OptionalInt.of(s.kind().minimumProtocolVersion())
            : OptionalInt.empty();
    return new CheckOutcome.Valid(g, naughty, raise);
  }

  /** v17-v33: resolve (share_count, tx_count) against this share and its ancestors. */
  private static List<Hash256> otherTxHashes(LoadedShare s, ChainView chain) {
    TxRefs refs = s.share().shareInfo().txRefs();
    List<Hash256> out = new ArrayList<>(refs.pairCount());
    for (int i = 0; i < refs.pairCount(); i++) {
      int back = (int) refs.shareCount(i);
      LoadedShare holder =
          back == 0 ? s : chain.get(chain.nthParentHash(s.previousHash(), back - 1));
      if (holder == null) {
        throw new IllegalStateException("tx ref names a missing share " + back + " back");
      }
      List<Hash256> hashes = holder.share().shareInfo().txRefs().newTransactionHashes();
      long idx = refs.txCount(i);
      if (idx < 0 || idx >= hashes.size()) {
        throw new IllegalStateException("tx ref index " + idx + " out of range");
      }
      out.add(hashes.get((int) idx));
    }
    return out;
  }

  private static String describeMismatch(ShareInfo want, ShareInfo got) {
    StringBuilder sb = new StringBuilder("share_info invalid:");
    if (want.bits() != got.bits()) {
      sb.append(" bits ")
          .append(Long.toHexString(got.bits()))
          .append("!=")
          .append(Long.toHexString(want.bits()));
    }
    if (want.maxBits() != got.maxBits()) {
      sb.append(" max_bits ")
          .append(Long.toHexString(got.maxBits()))
          .append("!=")
          .append(Long.toHexString(want.maxBits()));
    }
    if (want.timestamp() != got.timestamp()) {
      sb.append(" timestamp ").append(got.timestamp()).append("!=").append(want.timestamp());
    }
    if (want.absheight() != got.absheight()) {
      sb.append(" absheight ").append(got.absheight()).append("!=").append(want.absheight());
    }
    if (!want.abswork().equals(got.abswork())) {
      sb.append(" abswork");
    }
    if (!Objects.equals(want.farShareHash(), got.farShareHash())) {
      sb.append(" far_share_hash");
    }
    return sb.toString();
  }

  private static CheckOutcome invalid(Reason r, String detail) {
    return new CheckOutcome.Invalid(InvalidShare.of(r, detail));
  }
}
