package org.p2poolj.share.gentx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
    if (subsidy.bitLength() <= 55 && w.total().bitLength() <= 55) {
      return computeLong(w, subsidy.longValue(), finderKey, donationKey);
    }
    return computeBig(w, subsidy, finderKey, donationKey);
  }

  /**
   * The same split in long arithmetic, exact when {@code subsidy*199} and {@code total*200} stay
   * below 2^63 (every real network: subsidies are under 2^33, totals far under 2^55).
   */
  static List<Dest> computeLong(
      PplnsWeights w, long subsidy, String finderKey, String donationKey) {
    List<Dest> dests = new ArrayList<>(w.size() + 2);
    long finderFee = subsidy / 200;
    long[] sums = {finderFee, 0, 0}; // all amounts, donation entry, finder paid
    if (w.total().signum() > 0) {
      long num = subsidy * 199;
      long den = w.total().longValueExact() * 200;
      w.forEachWeight(
          (key, weight) -> {
            long a = MulDiv.floor(num, weight.longValueExact(), den);
            sums[0] += a;
            if (key.equals(finderKey)) {
              a += finderFee;
              sums[2] = 1;
            }
            if (key.equals(donationKey)) {
              sums[1] = a;
            } else {
              dests.add(new Dest(key, BigInteger.valueOf(a)));
            }
          });
    }
    if (sums[2] == 0) {
      if (finderKey.equals(donationKey)) {
        sums[1] += finderFee;
      } else {
        dests.add(new Dest(finderKey, BigInteger.valueOf(finderFee)));
      }
    }
    long donation = sums[1] + subsidy - sums[0];
    if (donation < 0) {
      throw new IllegalStateException("negative payout amount");
    }
    dests.sort(Payouts::compare);
    dests.add(new Dest(donationKey, BigInteger.valueOf(donation)));
    return dests.size() > MAX_DESTS ? dests.subList(dests.size() - MAX_DESTS, dests.size()) : dests;
  }

  static List<Dest> computeBig(
      PplnsWeights w, BigInteger subsidy, String finderKey, String donationKey) {
    List<Dest> dests = new ArrayList<>(w.size() + 2);
    BigInteger finderFee = subsidy.divide(B200);
    Acc acc = new Acc(finderFee);
    if (w.total().signum() > 0) {
      BigInteger num = subsidy.multiply(B199);
      BigInteger den = w.total().multiply(B200);
      w.forEachWeight(
          (key, weight) -> {
            BigInteger a = MulDiv.floor(num, weight, den);
            acc.all = acc.all.add(a);
            if (key.equals(finderKey)) {
              a = a.add(finderFee);
              acc.finderPaid = true;
            }
            if (key.equals(donationKey)) {
              acc.donationBefore = a;
            } else {
              dests.add(new Dest(key, a));
            }
          });
    }
    if (!acc.finderPaid) {
      if (finderKey.equals(donationKey)) {
        acc.donationBefore = acc.donationBefore.add(finderFee);
      } else {
        dests.add(new Dest(finderKey, finderFee));
      }
    }
    // JT: amounts[donation] += subsidy - sum(amounts), so it takes the donation weight and all dust
    BigInteger donation = acc.donationBefore.add(subsidy).subtract(acc.all);
    if (donation.signum() < 0) {
      throw new IllegalStateException("negative payout amount");
    }
    dests.sort(Payouts::compare);
    dests.add(new Dest(donationKey, donation));
    return dests.size() > MAX_DESTS ? dests.subList(dests.size() - MAX_DESTS, dests.size()) : dests;
  }

  /** Running sums of one split. */
  private static final class Acc {
    BigInteger all;
    BigInteger donationBefore = BigInteger.ZERO;
    boolean finderPaid;

    Acc(BigInteger finderFee) {
      this.all = finderFee;
    }
  }

  /** JT sorts by (is donation, amount, address); the donation is appended last separately. */
  private static int compare(Dest a, Dest b) {
    int c = a.amount().compareTo(b.amount());
    if (c != 0) {
      return c;
    }
    // Python 2 str comparison is by unsigned bytes; keys are ISO-8859-1 (one char per byte, every
    // char <= 0xff), so comparing chars gives the same order without encoding
    return a.key().compareTo(b.key());
  }
}
