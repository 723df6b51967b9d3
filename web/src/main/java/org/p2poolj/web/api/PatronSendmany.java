package org.p2poolj.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code /patron_sendmany/<total>[/<trunc>]}: splits {@code total} coins among the current payout
 * addresses in proportion to their expected payouts, for a patron who wants to pay the miners
 * directly. Amounts below {@code trunc} are pooled and given to one of their owners chosen at
 * random by weight (a lottery keeps the expected value and avoids dust outputs); the rounding
 * remainder goes to a random address by weight. The result always sums to {@code total} exactly, in
 * satoshis.
 */
final class PatronSendmany {
  private PatronSendmany() {}

  /** Satoshi amounts per address. {@code payouts} are in coins. */
  static Map<String, Long> split(Map<String, Double> payouts, long total, long trunc, Random rnd) {
    Map<String, Long> weights = new LinkedHashMap<>();
    payouts.forEach((a, v) -> weights.put(a, Math.max(0, Math.round(v * 1e8))));
    long sum = weights.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> out = new LinkedHashMap<>();
    if (sum == 0 || total <= 0) {
      return out;
    }
    weights.forEach(
        (a, w) ->
            out.put(
                a,
                java.math.BigInteger.valueOf(w)
                    .multiply(java.math.BigInteger.valueOf(total))
                    .divide(java.math.BigInteger.valueOf(sum))
                    .longValueExact()));
    if (trunc > 0) {
      List<Map.Entry<String, Long>> small = new ArrayList<>(out.entrySet());
      small.sort(Map.Entry.comparingByValue());
      List<Map.Entry<String, Long>> pooled = new ArrayList<>();
      for (Map.Entry<String, Long> e : small) {
        if (e.getValue() >= trunc) {
          break;
        }
        pooled.add(Map.entry(e.getKey(), e.getValue()));
      }
      long pot = pooled.stream().mapToLong(Map.Entry::getValue).sum();
      if (pot > 0) {
        String winner = weightedChoice(pooled, rnd);
        pooled.forEach(e -> out.remove(e.getKey()));
        out.put(winner, pot);
      }
    }
    long given = out.values().stream().mapToLong(Long::longValue).sum();
    if (given < total) {
      List<Map.Entry<String, Long>> all = new ArrayList<>(out.entrySet());
      all.sort(Comparator.comparing(Map.Entry::getKey));
      String lucky = weightedChoice(all, rnd);
      out.merge(lucky, total - given, Long::sum);
    }
    return out;
  }

  private static String weightedChoice(List<Map.Entry<String, Long>> items, Random rnd) {
    long sum = items.stream().mapToLong(Map.Entry::getValue).sum();
    if (sum <= 0) {
      return items.get(rnd.nextInt(items.size())).getKey();
    }
    long pick = rnd.nextLong(sum);
    for (Map.Entry<String, Long> e : items) {
      pick -= e.getValue();
      if (pick < 0) {
        return e.getKey();
      }
    }
    return items.getLast().getKey();
  }

  /** Parses a coin amount from the URL into satoshis; anything else is a 400. */
  static long satoshis(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw org.p2poolj.web.http.HttpError.badRequest("not an amount: " + text);
    }
    if (!Double.isFinite(v) || v < 0 || v > 21e6 * 4) {
      throw org.p2poolj.web.http.HttpError.badRequest("amount out of range: " + text);
    }
    return Math.round(v * 1e8);
  }
}
