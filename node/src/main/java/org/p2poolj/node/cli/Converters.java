package org.p2poolj.node.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.p2poolj.node.config.LogConfig;
import org.p2poolj.node.config.Network;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that reject a bad option value at parse time, so the error names the option the
 * operator typed ({@code --net}) rather than the config key it maps to.
 */
final class Converters {
  private Converters() {}

  /** {@code --net}: one of the network names. */
  static final class NetConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (Network.byId(value).isEmpty()) {
        throw new TypeConversionException(
            "'" + value + "' is not a network (one of " + String.join(", ", Network.ids()) + ")");
      }
      return value;
    }
  }

  /** The network names, listed in {@code --help}. */
  static final class NetCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Network.ids().iterator();
    }
  }

  /** Any port option: 1..65535. */
  static final class PortConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a port (1..65535)");
      }
      if (port < 1 || port > 65535) {
        throw new TypeConversionException(port + " is not a port (1..65535)");
      }
      return port;
    }
  }

  private static final List<String> LOG_LEVELS = LogConfig.LEVELS;

  /** {@code --log-level}: a Logback level name, any case. */
  static final class LogLevelConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String upper = value.toUpperCase(Locale.ROOT);
      if (!LOG_LEVELS.contains(upper)) {
        throw new TypeConversionException(
            "'" + value + "' is not a log level (one of " + String.join(", ", LOG_LEVELS) + ")");
      }
      return upper;
    }
  }

  /** A percentage option: 0..100. */
  static final class PercentConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d;
      try {
        d = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a percentage (0..100)");
      }
      if (!(d >= 0 && d <= 100)) {
        throw new TypeConversionException(value + " is not a percentage (0..100)");
      }
      return d;
    }
  }
}
