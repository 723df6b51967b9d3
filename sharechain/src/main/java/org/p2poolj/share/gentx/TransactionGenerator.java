package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.block.MerkleLink;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.TxRefs;
import org.p2poolj.share.address.AddressRules;
import org.p2poolj.share.address.PayoutScripts;
import org.p2poolj.share.chain.GentxConstants;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.pplns.PplnsWeights;

/**
 * JT's {@code BaseShare.generate_transaction} (spec §3.6), step by step. One instance per network
 * and thread (it caches payout scripts).
 */
public final class TransactionGenerator {
  private static final BigInteger MOD_128 = BigInteger.ONE.shiftLeft(128);
  private static final BigInteger W65535 = BigInteger.valueOf(65535);
  private static final byte[] COMMITMENT_HEADER = {
    0x6a, 0x24, (byte) 0xaa, 0x21, (byte) 0xa9, (byte) 0xed
  };

  private final PoolNetwork net;
  private final ScriptCache scripts;
  private final String donationKey;

  public TransactionGenerator(PoolNetwork net) {
    this.net = net;
    AddressRules rules = AddressRules.of(net.parent());
    this.scripts = new ScriptCache(rules);
    this.donationKey =
        PayoutScripts.pubkeyHashToAddress(GentxConstants.donationHash160(), rules.p2pkhVersion());
  }

  /** The donation output's key in the amounts map: P2PKH address of the donation pubkey. */
  public String donationKey() {
    return donationKey;
  }

  /**
   * Runs the recipe. Throws {@code IllegalStateException} or {@code IllegalArgumentException} where
   * JT raises (unconvertible payout address, amounts out of range, missing ancestors).
   */
  public Generated generate(ChainView chain, GenerationRequest req) {
    ShareKind kind = req.kind();
    ShareData data = req.shareData();
    Hash256 prevHash = data.previousShareHash();
    LoadedShare prev = prevHash == null ? null : chain.get(prevHash);
    if (prevHash != null && prev == null) {
      throw new IllegalStateException("previous share " + prevHash.toHex() + " is unknown");
    }
    HeightAndLast hl = chain.heightAndLast(prevHash);
    int height = hl.height();

    BigInteger pre3 = TargetRules.preTarget3(chain, prevHash, height, net);
    TargetRules.Bits bits = TargetRules.bits(pre3, req.desiredTarget());

    TxRefs refs = kind.hasTransactionRefs() ? txRefs(chain, prevHash, height, req) : null;

    int maxShares = Math.max(0, Math.min(height, net.realChainLength()) - 1);
    BigInteger desiredWeight =
        W65535
            .multiply(BigInteger.valueOf(net.spread()))
            .multiply(Targets.attempts(req.blockTarget()));
    PplnsWeights weights =
        prev == null
            ? PplnsWeights.EMPTY
            : chain.cumulativeWeights(prev.previousHash(), maxShares, desiredWeight);

    String finderKey = finderKey(data);
    BigInteger subsidy = new BigInteger(Long.toUnsignedString(data.subsidy()));
    List<Payouts.Dest> dests = Payouts.compute(weights, subsidy, finderKey, donationKey);

    boolean segwit = net.segwitActive(kind) && req.segwitData() != null;
    Hash256 far = (hl.last() == null && height < 99) ? null : chain.nthParentHash(prevHash, 99);
    ShareInfo info =
        new ShareInfo(
            data,
            segwit ? req.segwitData() : null,
            refs,
            far,
            bits.maxBits(),
            bits.bits(),
            timestamp(kind, prev, req.desiredTimestamp()),
            prev == null ? 1 : (prev.absheight() + 1) & 0xffffffffL,
            (prev == null ? BigInteger.ZERO : prev.abswork())
                .add(Targets.attempts(Targets.decode(bits.bits())))
                .mod(MOD_128));

    List<TxOut> outs = outputs(kind, dests, segwit ? req.segwitData() : null);
    outs.add(refOutput(info, kind, req));
    byte[] stripped = GentxBytes.stripped(data.coinbase(), outs);
    List<Hash256> other = refs == null ? List.of() : req.otherTxHashes();
    return new Generated(info, outs, stripped, Sha256d.hash256(stripped), segwit, other);
  }

  private String finderKey(ShareData data) {
    return switch (data.payee()) {
      case Payee.Address a -> a.text();
      case Payee.PubkeyHash p ->
          PayoutScripts.pubkeyHashToAddress(
              p.hash160(), AddressRules.of(net.parent()).p2pkhVersion());
    };
  }

  private List<TxOut> outputs(ShareKind kind, List<Payouts.Dest> dests, SegwitData segwit) {
    List<TxOut> outs = new ArrayList<>(dests.size() + 2);
    if (segwit != null) {
      outs.add(new TxOut(0, commitmentScript(segwit.wtxidMerkleRoot())));
    }
    BigInteger donation = BigInteger.ZERO;
    for (Payouts.Dest d : dests) {
      if (d.key().equals(donationKey)) {
        donation = d.amount();
      } else if (d.amount().signum() != 0) {
        outs.add(new TxOut(u64(d.amount()), scripts.script(d.key(), kind.paddingBugfix())));
      }
    }
    outs.add(new TxOut(u64(donation), GentxConstants.donationScript()));
    return outs;
  }

  private static long u64(BigInteger v) {
    if (v.bitLength() > 64) {
      throw new IllegalStateException("amount exceeds u64");
    }
    return v.longValue();
  }

  /** {@code 6a24aa21a9ed || hash256(wtxid_root || "[P2Pool]"x4)}. */
  public static byte[] commitmentScript(Hash256 wtxidRoot) {
    ByteWriter w = new ByteWriter(64);
    w.hash256(wtxidRoot).bytes(GentxConstants.witnessReserved());
    Hash256 commitment = Sha256d.hash256(w.toByteArray());
    return new ByteWriter(38).bytes(COMMITMENT_HEADER).hash256(commitment).toByteArray();
  }

  private TxOut refOutput(ShareInfo info, ShareKind kind, GenerationRequest req) {
    Hash256 ref =
        Merkle.checkLink(
            Sha256d.hash256(ShareCodec.refTypeBytes(info, kind, net)),
            new MerkleLink(req.refMerkleBranch(), 0));
    byte[] script =
        new ByteWriter(42).u8(0x6a).u8(0x28).hash256(ref).u64le(req.lastTxoutNonce()).toByteArray();
    return new TxOut(0, script);
  }

  private long timestamp(ShareKind kind, LoadedShare prev, long desired) {
    if (prev == null) {
      return desired;
    }
    if (kind.strictTimestamp()) {
      return Math.max(desired, prev.timestamp() + 1);
    }
    long lo = prev.timestamp() + 1;
    long hi = prev.timestamp() + 2L * net.sharePeriod() - 1;
    return Math.min(Math.max(desired, lo), hi);
  }

  /** v17-v33: reuse (share_count, tx_count) from the last 100 shares, else add as new. */
  private TxRefs txRefs(ChainView chain, Hash256 prevHash, int height, GenerationRequest req) {
    Map<Hash256, long[]> known = new HashMap<>();
    Hash256 h = prevHash;
    int n = Math.min(height, 100);
    for (int i = 0; i < n && h != null; i++) {
      LoadedShare s = chain.get(h);
      TxRefs r = s.share().shareInfo().txRefs();
      List<Hash256> hashes = r == null ? List.of() : r.newTransactionHashes();
      for (int j = 0; j < hashes.size(); j++) {
        known.putIfAbsent(hashes.get(j), new long[] {1 + i, j});
      }
      h = s.previousHash();
    }
    List<Hash256> fresh = new ArrayList<>();
    long[] pairs = new long[req.otherTxHashes().size() * 2];
    int p = 0;
    for (Hash256 tx : req.otherTxHashes()) {
      long[] ref = known.get(tx);
      if (ref == null) {
        fresh.add(tx);
        ref = new long[] {0, fresh.size() - 1};
      }
      pairs[p++] = ref[0];
      pairs[p++] = ref[1];
    }
    return new TxRefs(fresh, pairs);
  }
}
