package org.p2poolj.node.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.p2poolj.node.config.ConfigException;
import org.p2poolj.node.config.LogConfig;
import org.slf4j.LoggerFactory;

/**
 * Replaces the bootstrap logging ({@code logback.xml}: warnings only, on stderr) with the node's
 * logging once the configuration is known. Done in code rather than XML because the file path and
 * level come from the validated config, and a bad path must be a config error, not a Logback status
 * dump.
 */
public final class LogSetup {
  /** Console: short and aligned for an operator watching the terminal. */
  public static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%component] %msg%n";

  /** File: full date and thread, for reading a log after the fact. */
  public static final String FILE_PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%component] [%thread] %logger{36} - %msg%n";

  private LogSetup() {}

  /** Configures console and (when {@code log.file} is set) the rolling file log. */
  public static void configure(LogConfig log) {
    LoggerContext ctx = context();
    ctx.reset();
    registerComponentConverter(ctx);

    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(log.level(), Level.INFO));

    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(ctx);
    console.setName("console");
    console.setEncoder(encoder(ctx, CONSOLE_PATTERN));
    console.start();
    root.addAppender(console);

    if (log.filePath().isPresent()) {
      root.addAppender(fileAppender(ctx, log.filePath().get()));
    }
  }

  private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext ctx, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw ConfigException.ofKey("[log].file", "cannot create directory " + dir + ": " + e);
    }
    if (!Files.isWritable(dir)) {
      throw ConfigException.ofKey("[log].file", "directory " + dir + " is not writable");
    }
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(ctx);
    appender.setName("file");
    appender.setFile(file.toString());

    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(ctx);
    policy.setParent(appender);
    policy.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
    policy.setMaxFileSize(FileSize.valueOf("20MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("500MB"));
    policy.start();

    appender.setRollingPolicy(policy);
    appender.setEncoder(encoder(ctx, FILE_PATTERN));
    appender.start();
    if (!appender.isStarted()) {
      throw ConfigException.ofKey("[log].file", "cannot open " + file + " for writing");
    }
    return appender;
  }

  private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }

  private static void registerComponentConverter(LoggerContext ctx) {
    @SuppressWarnings("unchecked")
    Map<String, Supplier<DynamicConverter<?>>> registry =
        (Map<String, Supplier<DynamicConverter<?>>>)
            ctx.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
    if (registry == null) {
      registry = new HashMap<>();
      ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, registry);
    }
    registry.put("component", ComponentConverter::new);
  }

  /** Flushes and closes every appender; called last on shutdown so the file log is complete. */
  public static void shutdown() {
    context().stop();
  }

  /** Back to the bootstrap configuration from {@code logback.xml} (used by tests). */
  public static void resetToDefaults() {
    LoggerContext ctx = context();
    ctx.reset();
    try {
      new ContextInitializer(ctx).autoConfig();
    } catch (JoranException e) {
      throw new IllegalStateException("cannot restore the default logging set-up", e);
    }
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }
}
