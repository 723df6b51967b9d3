package org.p2poolj.web.view;

/**
 * Pool hash rates split by share outcome over the recent chain, in H/s ({@code /stale_rates}).
 *
 * @param good non-stale
 * @param orphan shares that were orphaned
 * @param doa shares dead on arrival
 */
public record StaleRates(double good, double orphan, double doa) {
  public double total() {
    return good + orphan + doa;
  }
}
