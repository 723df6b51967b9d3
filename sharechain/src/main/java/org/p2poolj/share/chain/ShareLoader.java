package org.p2poolj.share.chain;

import java.util.HashSet;
import java.util.Set;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.block.MerkleLink;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.Payee;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareContents;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.SmallHeader;
import org.p2poolj.share.TxRefs;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.address.AddressRules;
import org.p2poolj.share.address.InvalidPayoutAddressException;
import org.p2poolj.share.address.PayoutScripts;
import org.p2poolj.share.codec.HashLinks;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.network.PoolNetwork;

/**
 * JT's {@code BaseShare.__init__}: derives a share's identity and applies the receipt checks in the
 * reference order. Failures throw {@link VerificationException} with the rule's reason.
 */
public final class ShareLoader {
  private static final long BTC_HARDFORK_ABSHEIGHT = 3927800;

  private ShareLoader() {}

  /** Decodes and loads a wire share, mapping malformed bytes to {@link Reason#MALFORMED}. */
  public static LoadedShare load(RawShare raw, PoolNetwork net, boolean checkPow) {
    Share share;
    try {
      share = ShareCodec.decode(raw, net);
    } catch (ProtocolException e) {
      throw new VerificationException(Reason.MALFORMED, e.getMessage());
    }
    return load(share, net, checkPow);
  }

  /**
   * Loads a decoded share. With {@code checkPow} false the PoW comparison is left to the caller
   * (for example after computing PoW hashes of a batch in parallel).
   */
  public static LoadedShare load(Share share, PoolNetwork net, boolean checkPow) {
    ShareContents c = share.contents();
    ShareInfo info = c.shareInfo();
    ShareData data = info.shareData();
    if (data.coinbaseLength() < 2 || data.coinbaseLength() > 100) {
      throw new VerificationException(
          Reason.BAD_COINBASE_SIZE, "bad coinbase size! " + data.coinbaseLength() + " bytes");
    }
    AddressRules rules = AddressRules.of(net.parent());
    String key;
    byte[] script;
    switch (data.payee()) {
      case Payee.Address a -> {
        key = a.text();
        try {
          script = PayoutScripts.addressToScript(key, rules, share.kind().paddingBugfix());
        } catch (InvalidPayoutAddressException e) {
          throw new VerificationException(Reason.INVALID_PAYOUT_ADDRESS, e.getMessage());
        }
      }
      case Payee.PubkeyHash p -> {
        key = PayoutScripts.pubkeyHashToAddress(p.hash160(), rules.p2pkhVersion());
        script = PayoutScripts.p2pkh(p.hash160());
      }
    }
    if ("bitcoin".equals(net.name())
        && info.absheight() > BTC_HARDFORK_ABSHEIGHT
        && data.desiredVersion() == 16) {
      throw new VerificationException(
          Reason.NOT_HARDFORK_SHARE, "This is not a hardfork-supporting share!");
    }
    if (share.kind().hasTransactionRefs()) {
      checkTxRefs(info.txRefs());
    }
    Hash256 gentxHash = gentxHash(share, net);
    Hash256 merkleRoot =
        Merkle.checkLink(
            gentxHash,
            new MerkleLink(
                net.segwitActive(share.kind())
                    ? info.segwitData().txidMerkleBranch()
                    : c.merkleBranch(),
                0));
    BlockHeader header = header(c.minHeader(), merkleRoot);
    LoadedShare loaded = new LoadedShare(share, net, header, gentxHash, key, script);
    if (loaded.target().compareTo(net.maxTarget()) > 0) {
      throw new VerificationException(
          Reason.TARGET_ABOVE_MAX, "share target invalid: bits " + Long.toHexString(info.bits()));
    }
    if (checkPow) {
      requirePow(loaded);
    }
    return loaded;
  }

  public static void requirePow(LoadedShare s) {
    if (!s.powValid()) {
      throw new VerificationException(
          Reason.POW_INVALID, "share PoW invalid: " + s.powHash().toHex());
    }
  }

  /** {@code check_merkle_link(hash256(ref_type), ref_merkle_link)}, as the 32 LE bytes. */
  public static Hash256 refHash(Share share, PoolNetwork net) {
    return refHash(share.shareInfo(), share, net);
  }

  static Hash256 refHash(ShareInfo info, Share share, PoolNetwork net) {
    byte[] ref = ShareCodec.refTypeBytes(info, share.kind(), net);
    return Merkle.checkLink(
        Sha256d.hash256(ref), new MerkleLink(share.contents().refMerkleBranch(), 0));
  }

  /** The coinbase txid recovered from hash_link: ref hash, nonce and lock_time complete it. */
  public static Hash256 gentxHash(Share share, PoolNetwork net) {
    ByteWriter w = new ByteWriter(44);
    w.hash256(refHash(share, net)).u64le(share.contents().lastTxoutNonce()).u32le(0);
    try {
      return HashLinks.check(
          share.contents().hashLink(), w.toByteArray(), GentxConstants.gentxBeforeRefhash());
    } catch (IllegalArgumentException e) {
      throw new VerificationException(Reason.MALFORMED, "hash_link: " + e.getMessage());
    }
  }

  private static BlockHeader header(SmallHeader h, Hash256 merkleRoot) {
    try {
      return new BlockHeader(
          h.version(),
          h.previousBlock() == null ? Hash256.ZERO : h.previousBlock(),
          merkleRoot,
          h.timestamp(),
          h.bits(),
          h.nonce());
    } catch (IllegalArgumentException e) {
      throw new VerificationException(Reason.MALFORMED, "header: " + e.getMessage());
    }
  }

  private static void checkTxRefs(TxRefs refs) {
    Set<Long> own = new HashSet<>();
    for (int i = 0; i < refs.pairCount(); i++) {
      long shareCount = refs.shareCount(i);
      if (Long.compareUnsigned(shareCount, 110) >= 0) {
        throw new VerificationException(Reason.BAD_TX_REFS, "share_count " + shareCount);
      }
      if (shareCount == 0) {
        own.add(refs.txCount(i));
      }
    }
    int n = refs.newTransactionHashes().size();
    boolean exact = own.size() == n;
    for (long v : own) {
      exact &= v >= 0 && v < n;
    }
    if (!exact) {
      throw new VerificationException(
          Reason.BAD_TX_REFS, "own tx refs do not cover new_transaction_hashes exactly");
    }
  }
}
