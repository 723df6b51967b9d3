package org.p2poolj.web.graph;

import java.util.Map;

/** The value of one bin: a number, a {@code {key: number}} map, or nothing (JSON null). */
public sealed interface BinValue {

  record Scalar(double value) implements BinValue {}

  record Multi(Map<String, Double> values) implements BinValue {
    public Multi {
      values = Map.copyOf(values);
    }
  }

  record Missing() implements BinValue {}

  Missing MISSING = new Missing();
}
