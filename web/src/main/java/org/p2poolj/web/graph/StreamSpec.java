package org.p2poolj.web.graph;

/**
 * How a stream's samples combine within a bin.
 *
 * @param name stream name as in the URL
 * @param gauge true: a bin shows the mean of its samples; false: the sum divided by the bin width
 *     (a rate, e.g. hashes per second from work per pseudoshare)
 * @param multivalue samples are {@code {key: number}} maps rather than numbers
 * @param undefinedMeansZero for multivalue gauges: a key missing from a sample counts as 0, so
 *     means are over all samples of the bin
 * @param keep at most this many keys per bin (the largest survive)
 */
public record StreamSpec(
    String name, boolean gauge, boolean multivalue, boolean undefinedMeansZero, int keep) {

  public static StreamSpec gauge(String name) {
    return new StreamSpec(name, true, false, false, 1);
  }

  public static StreamSpec rate(String name) {
    return new StreamSpec(name, false, false, false, 1);
  }

  public static StreamSpec multiGauge(String name, boolean undefinedMeansZero) {
    return new StreamSpec(name, true, true, undefinedMeansZero, 20);
  }

  public static StreamSpec multiRate(String name, int keep) {
    return new StreamSpec(name, false, true, false, keep);
  }
}
