package org.p2poolj.node.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Prints the subsystem a log line comes from ({@code daemon}, {@code stratum}, {@code share}),
 * which tells an operator more at a glance than a class name: the segment after {@code
 * org.p2poolj.} for our loggers, the whole name for semantic loggers named without dots, and the
 * last segment for anything else.
 */
public final class ComponentConverter extends ClassicConverter {
  private static final String OURS = "org.p2poolj.";

  @Override
  public String convert(ILoggingEvent event) {
    return component(event.getLoggerName());
  }

  static String component(String loggerName) {
    if (loggerName == null || loggerName.isEmpty()) {
      return "-";
    }
    if (loggerName.startsWith(OURS)) {
      String rest = loggerName.substring(OURS.length());
      int dot = rest.indexOf('.');
      return dot < 0 ? rest : rest.substring(0, dot);
    }
    int lastDot = loggerName.lastIndexOf('.');
    return lastDot < 0 ? loggerName : loggerName.substring(lastDot + 1);
  }
}
