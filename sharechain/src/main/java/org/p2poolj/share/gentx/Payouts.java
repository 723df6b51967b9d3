package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.p2poolj.share.pplns.PplnsWeights;

/**
 * Steps 5 and 6 of generate_transaction: integer amounts (99.5% by weight, 0.5% to the finder, the
 * rest to the donation key) and JT's output order: ascending by (is donation, amount, address
 * bytes), keeping the largest 4000.
 */
public final class Payouts {
  private static final BigInteger B199 = BigInteger.valueOf(199);
  private static final BigInteger B200 = BigInteger.valueOf(200);
  private static final int MAX_DESTS = 4000;

  /** One destination: the key (address string) and amount. */
  public record Dest(String key, BigInteger amount) {}

  private Payouts() {}

  /**
   * Amounts keyed by address, ordered as JT sorts {@code dests}, donation last.
   *
   * @throws IllegalStateException when the amounts do not add up (JT raises ValueError)
   */
  public static List<Dest> compute(
      PplnsWeights w, BigInteger subsidy, String finderKey, String donationKey) {
    Map<String, BigInteger> amounts = new HashMap<>(w.weights().size() * 2 + 4);
    BigInteger sum = BigInteger.ZERO;
    if (w.total().signum() > 0) {
      BigInteger num = subsidy.multiply(B199);
      BigInteger den = w.total().multiply(B200);
      for (Map.Entry<String, BigInteger> e : w.weights().entrySet()) {
        BigInteger a = num.multiply(e.getValue()).divide(den);
        amounts.put(e.getKey(), a);
        sum = sum.add(a);
      }
    }
    BigInteger finder = subsidy.divide(B200);
    amounts.merge(finderKey, finder, BigInteger::add);
    sum = sum.add(finder);
    amounts.merge(donationKey, subsidy.subtract(sum), BigInteger::add);
    for (BigInteger a : amounts.values()) {
      if (a.signum() < 0) {
        throw new IllegalStateException("negative payout amount");
      }
    }
    List<Dest> dests = new ArrayList<>(amounts.size());
    for (Map.Entry<String, BigInteger> e : amounts.entrySet()) {
      dests.add(new Dest(e.getKey(), e.getValue()));
    }
    dests.sort((a, b) -> compare(a, b, donationKey));
    return dests.size() > MAX_DESTS ? dests.subList(dests.size() - MAX_DESTS, dests.size()) : dests;
  }

  private static int compare(Dest a, Dest b, String donationKey) {
    boolean da = a.key().equals(donationKey);
    boolean db = b.key().equals(donationKey);
    if (da != db) {
      return da ? 1 : -1;
    }
    int c = a.amount().compareTo(b.amount());
    if (c != 0) {
      return c;
    }
    // Python 2 str comparison is by unsigned bytes; keys are ISO-8859-1 (one char per byte, every
    // char <= 0xff), so comparing chars gives the same order without encoding
    return a.key().compareTo(b.key());
  }
}
