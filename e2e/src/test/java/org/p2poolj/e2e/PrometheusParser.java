package org.p2poolj.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text exposition format 0.0.4 and rejects anything outside it: comment lines
 * ({@code # HELP}, {@code # TYPE} with a known type, at most one TYPE per family, before its
 * samples), sample lines {@code name{labels} value [timestamp]} with quoted, escaped label values
 * and a float value ({@code NaN}, {@code +Inf}, {@code -Inf} allowed).
 */
final class PrometheusParser {
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? ([^ ]+)( -?[0-9]+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"");
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");
  private static final List<String> SUFFIXES =
      List.of("_total", "_count", "_sum", "_bucket", "_max");

  record Sample(String name, Map<String, String> labels, double value) {}

  private final Map<String, String> types = new HashMap<>();
  private final List<Sample> samples = new ArrayList<>();

  static PrometheusParser parse(String text) {
    PrometheusParser p = new PrometheusParser();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      try {
        if (line.startsWith("#")) {
          p.comment(line);
        } else {
          p.sample(line);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return p;
  }

  private void comment(String line) {
    String[] parts = line.split(" ", 4);
    if (parts.length < 3 || !(parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
      return; // a plain comment
    }
    if (parts[1].equals("TYPE")) {
      if (parts.length != 4 || !TYPES.contains(parts[3])) {
        throw new IllegalArgumentException("bad TYPE: " + line);
      }
      if (types.put(parts[2], parts[3]) != null) {
        throw new IllegalArgumentException("second TYPE for " + parts[2]);
      }
      String family = parts[2];
      if (samples.stream().anyMatch(s -> family(s.name()).equals(family))) {
        throw new IllegalArgumentException("TYPE after samples of " + family);
      }
    }
  }

  private void sample(String line) {
    Matcher m = SAMPLE.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a sample: " + line);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (m.group(2) != null) {
      String inner = m.group(2).substring(1, m.group(2).length() - 1);
      int pos = 0;
      Matcher l = LABEL.matcher(inner);
      while (pos < inner.length()) {
        if (!l.find(pos) || l.start() != pos) {
          throw new IllegalArgumentException("bad labels: " + m.group(2));
        }
        labels.put(l.group(1), l.group(2));
        pos = l.end();
        if (pos < inner.length()) {
          if (inner.charAt(pos) != ',') {
            throw new IllegalArgumentException("bad labels: " + m.group(2));
          }
          pos++;
        }
      }
    }
    samples.add(new Sample(m.group(1), labels, value(m.group(3))));
  }

  private static double value(String v) {
    return switch (v) {
      case "NaN" -> Double.NaN;
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad value " + v);
        }
      }
    };
  }

  private static String family(String sampleName) {
    for (String s : SUFFIXES) {
      if (sampleName.endsWith(s)) {
        return sampleName.substring(0, sampleName.length() - s.length());
      }
    }
    return sampleName;
  }

  Map<String, String> types() {
    return types;
  }

  List<Sample> samples(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The single sample's value of an unlabelled series. */
  double value(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && s.labels().equals(labels))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + labels))
        .value();
  }
}
