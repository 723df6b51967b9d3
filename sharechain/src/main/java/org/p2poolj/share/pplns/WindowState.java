package org.p2poolj.share.pplns;

import java.math.BigInteger;
import java.util.HashMap;
import org.p2poolj.share.chain.LoadedShare;

/** The fully included shares of a window starting at {@code front}, newest first. Mutable. */
final class WindowState {
  static final BigInteger W65535 = BigInteger.valueOf(65535);

  final LoadedShare front;
  int count;
  BigInteger total = BigInteger.ZERO;
  BigInteger donation = BigInteger.ZERO;
  final HashMap<String, BigInteger> weights;

  /** Set once a result shares {@link #weights}; the state must then be copied before changing. */
  boolean published;

  WindowState(LoadedShare front) {
    this.front = front;
    this.weights = new HashMap<>();
  }

  private WindowState(LoadedShare front, WindowState from) {
    this.front = front;
    this.count = from.count;
    this.total = from.total;
    this.donation = from.donation;
    this.weights = new HashMap<>(from.weights);
  }

  WindowState copy() {
    return new WindowState(front, this);
  }

  /** This window with {@code newFront} (a child of {@link #front}) added in front. */
  WindowState withNewFront(LoadedShare newFront) {
    WindowState s = new WindowState(newFront, this);
    s.add(newFront, 1);
    return s;
  }

  void add(LoadedShare s, int sign) {
    BigInteger att = s.work();
    BigInteger w = att.multiply(BigInteger.valueOf(65535 - s.donation()));
    BigInteger d = att.multiply(BigInteger.valueOf(s.donation()));
    BigInteger t = att.multiply(W65535);
    if (sign < 0) {
      w = w.negate();
      d = d.negate();
      t = t.negate();
    }
    weights.merge(s.payoutKey(), w, (a, b) -> nullIfZero(a.add(b)));
    donation = donation.add(d);
    total = total.add(t);
    count += sign;
  }

  private static BigInteger nullIfZero(BigInteger v) {
    return v.signum() == 0 ? null : v;
  }
}
