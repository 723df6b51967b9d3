package org.p2poolj.share.pplns;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Result of {@code get_cumulative_weights}: weight per payout key, the total (weights plus
 * donation) and the donation weight, over {@code shareCount} shares.
 *
 * <p>Why the split form: the whole shares' weights are shared read-only with the window cache and
 * the partially counted last share is kept aside, so producing a result copies nothing; {@link
 * #forEachWeight} merges them on the fly (dropping zero weights as JT's {@code add_dicts} does).
 */
public final class PplnsWeights {
  public static final PplnsWeights EMPTY =
      new PplnsWeights(Map.of(), null, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, 0);

  private final Map<String, BigInteger> whole;
  private final String partialKey;
  private final BigInteger partialWeight;
  private final BigInteger total;
  private final BigInteger donation;
  private final int shareCount;

  PplnsWeights(
      Map<String, BigInteger> whole,
      String partialKey,
      BigInteger partialWeight,
      BigInteger total,
      BigInteger donation,
      int shareCount) {
    this.whole = Collections.unmodifiableMap(whole);
    this.partialKey = partialKey;
    this.partialWeight = partialWeight;
    this.total = total;
    this.donation = donation;
    this.shareCount = shareCount;
  }

  /** A result from plain values (tests, other recipes). Zero weights are dropped. */
  public static PplnsWeights of(
      Map<String, BigInteger> weights, BigInteger total, BigInteger donation, int shareCount) {
    Map<String, BigInteger> m = new HashMap<>(weights);
    m.values().removeIf(v -> v.signum() == 0);
    return new PplnsWeights(m, null, BigInteger.ZERO, total, donation, shareCount);
  }

  /** Calls {@code f} once per key with a non-zero weight. */
  public void forEachWeight(BiConsumer<String, BigInteger> f) {
    boolean partialSeen = partialKey == null;
    for (Map.Entry<String, BigInteger> e : whole.entrySet()) {
      BigInteger w = e.getValue();
      if (!partialSeen && e.getKey().equals(partialKey)) {
        w = w.add(partialWeight);
        partialSeen = true;
      }
      if (w.signum() != 0) {
        f.accept(e.getKey(), w);
      }
    }
    if (!partialSeen && partialWeight.signum() != 0) {
      f.accept(partialKey, partialWeight);
    }
  }

  /** The merged weights as a fresh map. */
  public Map<String, BigInteger> weights() {
    Map<String, BigInteger> m = new HashMap<>();
    forEachWeight(m::put);
    return Collections.unmodifiableMap(m);
  }

  public int size() {
    return whole.size() + (partialKey != null && !whole.containsKey(partialKey) ? 1 : 0);
  }

  public BigInteger total() {
    return total;
  }

  public BigInteger donation() {
    return donation;
  }

  public int shareCount() {
    return shareCount;
  }
}
