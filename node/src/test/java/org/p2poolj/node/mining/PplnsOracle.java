package org.p2poolj.node.mining;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.Payee;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * An independent, deliberately plain PPLNS calculator written from spec §3.6 steps 4-6 for the
 * end-to-end tests: which coinbase outputs (between the segwit commitment and the ref output) a
 * block made from {@code share} must pay. It reads only shares from the tracker, never the
 * production weights or payout code.
 */
final class PplnsOracle {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
  private static final BigInteger W = BigInteger.valueOf(65535);

  /** DONATION_SCRIPT from the spec (§3.4): P2PK of forrestv's key. */
  static final String DONATION_SCRIPT_HEX =
      "4104ffd03de44a6e11b9917f3a29f9443283d9871c9d743ef30d5eddcd37094b64d1b3d8090496b53256786bf5"
          + "c82932ec23c3b74d9f05a6f95a8b5529352656664bac";

  record Out(long value, String scriptHex) {}

  private PplnsOracle() {}

  static BigInteger attempts(BigInteger target) {
    return TWO_256.divide(target.add(BigInteger.ONE));
  }

  /** Compact bits to target, written out here rather than borrowed. */
  static BigInteger bitsToTarget(long bits) {
    int exponent = (int) (bits >>> 24);
    BigInteger mantissa = BigInteger.valueOf(bits & 0x007fffffL);
    return exponent <= 3
        ? mantissa.shiftRight(8 * (3 - exponent))
        : mantissa.shiftLeft(8 * (exponent - 3));
  }

  static List<Out> expected(
      ShareTracker tracker, LoadedShare share, PoolNetwork net, ChainParams params) {
    BigInteger subsidy = new BigInteger(Long.toUnsignedString(share.share().shareData().subsidy()));
    String finder = ((Payee.Address) share.share().shareData().payee()).text();
    Map<String, BigInteger> weights = new HashMap<>();
    BigInteger total = BigInteger.ZERO;
    Hash256 prevHash = share.previousHash();
    if (prevHash != null) {
      int height = tracker.heightAndLast(prevHash).height();
      int maxShares = Math.max(0, Math.min(height, net.realChainLength()) - 1);
      BigInteger desired =
          W.multiply(BigInteger.valueOf(net.spread()))
              .multiply(attempts(bitsToTarget(share.header().bits())));
      Hash256 cursor = tracker.get(prevHash).previousHash();
      for (int i = 0; i < maxShares && cursor != null; i++) {
        LoadedShare s = tracker.get(cursor);
        BigInteger att = attempts(bitsToTarget(s.share().shareInfo().bits()));
        BigInteger don = BigInteger.valueOf(s.share().shareData().donation());
        String addr = ((Payee.Address) s.share().shareData().payee()).text();
        if (total.add(att.multiply(W)).compareTo(desired) > 0) {
          BigInteger r = desired.subtract(total).divide(W);
          weights.merge(
              addr, r.multiply(att).multiply(W.subtract(don)).divide(att), BigInteger::add);
          total = desired;
          break;
        }
        weights.merge(addr, att.multiply(W.subtract(don)), BigInteger::add);
        total = total.add(att.multiply(W));
        if (total.equals(desired)) {
          break;
        }
        cursor = s.previousHash();
      }
    }
    Map<String, BigInteger> amounts = new HashMap<>();
    if (total.signum() > 0) {
      for (Map.Entry<String, BigInteger> e : weights.entrySet()) {
        if (e.getValue().signum() == 0) {
          continue;
        }
        amounts.put(
            e.getKey(),
            subsidy
                .multiply(BigInteger.valueOf(199))
                .multiply(e.getValue())
                .divide(BigInteger.valueOf(200).multiply(total)));
      }
    }
    amounts.merge(finder, subsidy.divide(BigInteger.valueOf(200)), BigInteger::add);
    BigInteger paid = amounts.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger donation = subsidy.subtract(paid);
    List<Map.Entry<String, BigInteger>> sorted = new ArrayList<>(amounts.entrySet());
    sorted.sort(
        Comparator.comparing((Map.Entry<String, BigInteger> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey));
    if (sorted.size() > 3999) {
      sorted = sorted.subList(sorted.size() - 3999, sorted.size());
    }
    List<Out> outs = new ArrayList<>();
    for (Map.Entry<String, BigInteger> e : sorted) {
      if (e.getValue().signum() > 0) {
        byte[] script = Address.parse(e.getKey(), params).script();
        outs.add(new Out(e.getValue().longValueExact(), HexFormat.of().formatHex(script)));
      }
    }
    outs.add(new Out(donation.longValueExact(), DONATION_SCRIPT_HEX));
    return outs;
  }
}
