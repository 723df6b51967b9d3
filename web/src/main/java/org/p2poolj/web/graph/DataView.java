package org.p2poolj.web.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view of one stream: a ring of bins, index 0 the newest, ending at {@code lastBinEnd}. Each
 * bin maps a key to {@code (total, count)}; scalar streams use the key {@link #SCALAR}. Bin edges
 * fall on multiples of the bin width since the epoch, as in the reference. Not thread-safe: {@link
 * GraphDatabase} guards it.
 */
final class DataView {
  /** The key under which scalar samples (and, for zero-filled gauges, the sample count) live. */
  static final String SCALAR = "null";

  private final StreamSpec spec;
  private final GraphView view;
  private final List<Map<String, double[]>> bins;
  private double lastBinEnd;

  DataView(StreamSpec spec, GraphView view) {
    this(spec, view, 0, emptyBins(view.binCount()));
  }

  DataView(StreamSpec spec, GraphView view, double lastBinEnd, List<Map<String, double[]>> bins) {
    if (bins.size() != view.binCount()) {
      throw new IllegalArgumentException("expected " + view.binCount() + " bins");
    }
    this.spec = spec;
    this.view = view;
    this.lastBinEnd = lastBinEnd;
    this.bins = new ArrayList<>(bins);
  }

  private static List<Map<String, double[]>> emptyBins(int n) {
    List<Map<String, double[]>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new HashMap<>());
    }
    return out;
  }

  double lastBinEnd() {
    return lastBinEnd;
  }

  List<Map<String, double[]>> bins() {
    return bins;
  }

  void add(double t, Map<String, Double> sample) {
    Map<String, Double> value = sample;
    if (spec.multivalue() && spec.undefinedMeansZero() && !value.containsKey(SCALAR)) {
      value = new HashMap<>(value);
      value.put(SCALAR, 0.0);
    }
    shiftTo(t);
    double width = view.binWidth();
    int bin = (int) Math.floor((lastBinEnd - t) / width);
    if (bin < 0 || bin >= bins.size()) {
      return;
    }
    Map<String, double[]> target = bins.get(bin);
    value.forEach(
        (k, v) -> {
          double[] tc = target.computeIfAbsent(k, unused -> new double[2]);
          tc[0] += v;
          tc[1] += 1;
        });
    int keys = target.size() - (target.containsKey(SCALAR) ? 1 : 0);
    if (spec.multivalue() && keys > spec.keep()) {
      keepLargest(target);
    }
  }

  /** Drops the smallest keys so a bin holds at most {@code keep} (plus the sample counter). */
  private void keepLargest(Map<String, double[]> bin) {
    Comparator<Map.Entry<String, double[]>> bySize =
        Comparator.comparingDouble(
            e -> spec.gauge() ? e.getValue()[0] / e.getValue()[1] : e.getValue()[0]);
    List<Map.Entry<String, double[]>> entries = new ArrayList<>(bin.entrySet());
    entries.removeIf(e -> e.getKey().equals(SCALAR));
    entries.sort(bySize.reversed());
    for (int i = spec.keep(); i < entries.size(); i++) {
      bin.remove(entries.get(i).getKey());
    }
  }

  /** Moves the window forward so {@code t} is not past its end; empty bins come in at the front. */
  private void shiftTo(double t) {
    double width = view.binWidth();
    double needed = Math.ceil((t - lastBinEnd) / width);
    if (needed <= 0) {
      return;
    }
    int n = bins.size();
    int shift = needed >= n ? n : (int) needed;
    for (int i = 0; i < shift; i++) {
      bins.removeLast();
      bins.addFirst(new HashMap<>());
    }
    lastBinEnd += needed * width;
  }

  List<GraphBin> data(double now) {
    shiftTo(now);
    double width = view.binWidth();
    List<GraphBin> out = new ArrayList<>(bins.size());
    for (int i = 0; i < bins.size(); i++) {
      double right = Math.min(now, lastBinEnd - width * i);
      double left = Math.min(right, lastBinEnd - width * (i + 1));
      double w = right - left;
      out.add(new GraphBin((left + right) / 2, value(bins.get(i), w), w, defaultValue()));
    }
    return out;
  }

  private BinValue defaultValue() {
    return spec.gauge() && !spec.undefinedMeansZero() ? BinValue.MISSING : new BinValue.Scalar(0);
  }

  private BinValue value(Map<String, double[]> bin, double width) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (spec.gauge() && spec.undefinedMeansZero()) {
      double realCount = bin.values().stream().mapToDouble(tc -> tc[1]).max().orElse(0);
      if (realCount == 0) {
        return BinValue.MISSING;
      }
      bin.forEach((k, tc) -> values.put(k, tc[0] / realCount));
    } else if (spec.gauge()) {
      bin.forEach((k, tc) -> values.put(k, tc[0] / tc[1]));
    } else {
      bin.forEach((k, tc) -> values.put(k, width > 0 ? tc[0] / width : 0.0));
    }
    if (spec.multivalue()) {
      // The reference leaks its sample counter into the map as "null": 0; front ends would draw
      // it as a series, so it is left out.
      values.remove(SCALAR);
      return new BinValue.Multi(values);
    }
    Double v = values.get(SCALAR);
    if (v != null) {
      return new BinValue.Scalar(v);
    }
    return defaultValue();
  }
}
