package org.p2poolj.web.status;

import java.util.Locale;

/** Human formatting of hash rates and durations, as the dashboard shows them too. */
public final class Units {
  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};

  private Units() {}

  /** {@code 1234567} to {@code 1.23 MH/s}: three significant digits, SI prefixes. */
  public static String hashRate(double hps) {
    if (!Double.isFinite(hps) || hps <= 0) {
      return "0 H/s";
    }
    int i = 0;
    double v = hps;
    while (v >= 999.5 && i < PREFIXES.length - 1) {
      v /= 1000;
      i++;
    }
    return significant(v) + " " + PREFIXES[i] + "H/s";
  }

  static String significant(double v) {
    if (v >= 99.95) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 9.995) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Seconds to a short duration: {@code 45 s}, {@code 12 min}, {@code 3.5 h}, {@code 2.1 days}. */
  public static String duration(double seconds) {
    if (!Double.isFinite(seconds) || seconds < 0) {
      return "never";
    }
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.0f s", seconds);
    }
    if (seconds < 2 * 3600) {
      return String.format(Locale.ROOT, "%.0f min", seconds / 60);
    }
    if (seconds < 2 * 86400) {
      return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
    return String.format(Locale.ROOT, "%.1f days", seconds / 86400);
  }
}
