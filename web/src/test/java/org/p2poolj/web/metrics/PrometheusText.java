package org.p2poolj.web.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format (0.0.4), enough to prove {@code
 * /metrics} is well formed: HELP and TYPE comments, samples with optional labels and timestamp,
 * escaped label values. Throws {@link IllegalArgumentException} on the first bad line.
 */
final class PrometheusText {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+(-?\\d+))?");
  private static final Pattern LABEL =
      Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\"\\s*(,|$)");
  private static final List<String> TYPES =
      List.of("counter", "gauge", "histogram", "summary", "untyped");

  record Sample(String name, Map<String, String> labels, double value) {}

  final Map<String, String> types = new HashMap<>();
  final List<Sample> samples = new ArrayList<>();

  static PrometheusText parse(String text) {
    PrometheusText out = new PrometheusText();
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        out.comment(line, n);
      } else {
        out.sample(line, n);
      }
    }
    return out;
  }

  private void comment(String line, int n) {
    String[] parts = line.split(" ", 4);
    if (parts.length >= 3 && (parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
      if (!NAME.matcher(parts[2]).matches()) {
        throw new IllegalArgumentException("line " + n + ": bad metric name " + parts[2]);
      }
      if (parts[1].equals("TYPE")) {
        if (parts.length != 4 || !TYPES.contains(parts[3])) {
          throw new IllegalArgumentException("line " + n + ": bad TYPE " + line);
        }
        if (types.put(parts[2], parts[3]) != null) {
          throw new IllegalArgumentException("line " + n + ": second TYPE for " + parts[2]);
        }
      }
    }
  }

  private void sample(String line, int n) {
    Matcher m = SAMPLE.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("line " + n + ": not a sample: " + line);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (m.group(2) != null && !m.group(2).isEmpty()) {
      Matcher l = LABEL.matcher(m.group(2));
      int pos = 0;
      while (pos < m.group(2).length()) {
        if (!l.find(pos) || l.start() != pos) {
          throw new IllegalArgumentException("line " + n + ": bad labels: " + m.group(2));
        }
        labels.put(
            l.group(1),
            l.group(2).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\"));
        pos = l.end();
      }
    }
    samples.add(new Sample(m.group(1), labels, value(m.group(3), n)));
  }

  private static double value(String v, int n) {
    return switch (v) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> {
        try {
          yield Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("line " + n + ": bad value " + v, e);
        }
      }
    };
  }

  /** The one sample with this name whose labels include {@code labels}. */
  Sample one(String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(
                s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + name + labels + ", found " + found);
    }
    return found.get(0);
  }

  /** The family a sample belongs to, by the suffixes the format allows. */
  String family(String sampleName) {
    if (types.containsKey(sampleName)) {
      return sampleName;
    }
    for (String suffix : List.of("_total", "_count", "_sum", "_bucket", "_max", "_created")) {
      if (sampleName.endsWith(suffix)) {
        String base = sampleName.substring(0, sampleName.length() - suffix.length());
        if (types.containsKey(base)) {
          return base;
        }
      }
    }
    return null;
  }
}
