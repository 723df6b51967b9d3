package org.p2poolj.share.pplns;

import java.math.BigInteger;
import java.util.Map;
import org.p2poolj.coin.collect.BoundedMaps;
import org.p2poolj.share.chain.LoadedShare;

/**
 * JT's {@code get_cumulative_weights(start, max_shares, desired_weight)}. Walks from {@code start}
 * towards older shares, taking whole shares while both caps allow, then the next share partially so
 * the total lands exactly on {@code desired_weight}.
 *
 * <p>Why a window cache: consecutive shares' windows start one share apart, so the window of a
 * share is its parent's window with one share added in front and a few trimmed or added at the
 * back. Each share enters and leaves once: amortised O(1) steps (each an O(log n) ancestor lookup)
 * per new share, plus copying the (small) per-address map. A cache miss walks the window once.
 */
public final class PplnsCalculator {
  private static final int CACHE_SIZE = 8;
  private static final BigInteger W65535 = WindowState.W65535;

  private final ShareNav nav;
  private final Map<LoadedShare, WindowState> cache = BoundedMaps.lru(CACHE_SIZE);

  public PplnsCalculator(ShareNav nav) {
    this.nav = nav;
  }

  /** Clears cached windows; call after shares were removed from the chain. */
  public void invalidate() {
    cache.clear();
  }

  public PplnsWeights weights(LoadedShare start, int maxShares, BigInteger desiredWeight) {
    if (start == null || maxShares <= 0 || desiredWeight.signum() <= 0) {
      return PplnsWeights.EMPTY;
    }
    WindowState st = cache.get(start);
    if (st != null && st.published) {
      // a result still shares this state's map: work on a copy
      st = st.copy();
      cache.put(start, st);
    }
    if (st == null) {
      LoadedShare parent = nav.ancestor(start, 1);
      WindowState ps = parent == null ? null : cache.get(parent);
      st = ps != null ? ps.withNewFront(start) : new WindowState(start);
      cache.put(start, st);
    }
    shrink(st, maxShares, desiredWeight);
    PplnsWeights w = grow(st, maxShares, desiredWeight);
    st.published = true;
    return w;
  }

  private void shrink(WindowState st, int maxShares, BigInteger desired) {
    while (st.count > 0 && (st.count > maxShares || st.total.compareTo(desired) > 0)) {
      LoadedShare back = nav.ancestor(st.front, st.count - 1);
      st.add(back, -1);
    }
  }

  private PplnsWeights grow(WindowState st, int maxShares, BigInteger desired) {
    while (st.count < maxShares && st.total.compareTo(desired) < 0) {
      LoadedShare next = nav.ancestor(st.front, st.count);
      if (next == null) {
        break;
      }
      BigInteger t = next.work().multiply(W65535);
      if (st.total.add(t).compareTo(desired) > 0) {
        return withPartial(st, next, desired);
      }
      st.add(next, 1);
    }
    return new PplnsWeights(st.weights, null, BigInteger.ZERO, st.total, st.donation, st.count);
  }

  /** The share that overflows the cap counts for {@code (desired - total) // 65535} attempts. */
  private static PplnsWeights withPartial(WindowState st, LoadedShare next, BigInteger desired) {
    BigInteger r = desired.subtract(st.total).divide(W65535);
    BigInteger w = r.multiply(BigInteger.valueOf(65535 - next.donation()));
    BigInteger d = r.multiply(BigInteger.valueOf(next.donation()));
    return new PplnsWeights(
        st.weights, next.payoutKey(), w, desired, st.donation.add(d), st.count + 1);
  }
}
