package org.p2poolj.web.graph;

import java.util.Arrays;
import java.util.Optional;

/** The reference's five views of every stream: bin count and total width in seconds. */
public enum GraphView {
  LAST_HOUR("last_hour", 150, 60 * 60),
  LAST_DAY("last_day", 300, 60 * 60 * 24),
  LAST_WEEK("last_week", 300, 60 * 60 * 24 * 7),
  LAST_MONTH("last_month", 300, 60 * 60 * 24 * 30),
  LAST_YEAR("last_year", 300, 60 * 60 * 24 * 365.25);

  private final String wireName;
  private final int binCount;
  private final double totalWidth;

  GraphView(String wireName, int binCount, double totalWidth) {
    this.wireName = wireName;
    this.binCount = binCount;
    this.totalWidth = totalWidth;
  }

  public String wireName() {
    return wireName;
  }

  public int binCount() {
    return binCount;
  }

  public double binWidth() {
    return totalWidth / binCount;
  }

  public static Optional<GraphView> byWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst();
  }
}
