package org.p2poolj.node.demo;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.regtest.LitecoindBinary;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.node.config.LogConfig;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.logging.LogSetup;
import org.slf4j.LoggerFactory;

/**
 * {@code p2poolj demo}: starts two regtest litecoind nodes, this node in-process and the CPU miner,
 * prints where to look and a status line every few seconds, and stops everything it started on
 * Ctrl-C, at the end of {@code --duration}, or on a failure.
 */
public final class RegtestDemo {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("demo");

  private final DemoOptions options;
  private final PrintWriter out;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private volatile DemoMiner activeMiner;

  public RegtestDemo(DemoOptions options, PrintWriter out) {
    this.options = options;
    this.out = out;
  }

  /** Runs the demo; returns normally after a clean stop, throws on a failure to start. */
  public void run() throws Exception {
    if (LitecoindBinary.find().isEmpty()) {
      throw new IllegalStateException(
          "litecoind not found at "
              + LitecoindBinary.DEBIAN
              + ": install it (sudo apt-get install -y litecoind) or set "
              + LitecoindBinary.ENV);
    }
    Path datadir = options.datadir().orElse(null);
    if (datadir == null) {
      datadir = Files.createTempDirectory("p2poolj-demo-");
    }
    Path logFile = datadir.resolve("p2poolj.log");
    configureLogging(logFile);
    Thread hook = Thread.ofPlatform().unstarted(this::onSignal);
    Runtime.getRuntime().addShutdownHook(hook);
    RegtestPair pair = null;
    InProcessNode node = null;
    DemoMiner miner = null;
    try {
      say(
          "starting two litecoind regtest nodes (%s); this takes a few seconds...",
          options.mweb() ? "crossing MWEB activation" : "MWEB off");
      pair = options.mweb() ? RegtestPair.crossMweb() : RegtestPair.mwebOff();
      P2poolConfig config =
          RegtestNodeConfig.build(
              pair.pool(), datadir, Path.of(System.getProperty("user.home")), List.of());
      say("starting the node on litecoin-regtest...");
      node = InProcessNode.start(config, Duration.ofSeconds(120));
      ChainParams params = node.context().chainParams();
      String address = pair.pool().rpc().client().call("getnewaddress", "", "bech32").asText();
      int stratumPort = node.context().mining().port();
      miner = DemoMiner.start(stratumPort, address, options.threads(), params);
      activeMiner = miner;
      printWhereToLook(config, stratumPort, address, datadir, logFile, node);
      StatusLine status = new StatusLine(node.context(), miner, pair.pool().rpc(), address);
      long deadline =
          options.durationSeconds() == 0
              ? Long.MAX_VALUE
              : System.nanoTime() + TimeUnit.SECONDS.toNanos(options.durationSeconds());
      while (System.nanoTime() < deadline && node.isAlive()) {
        long wait =
            Math.min(
                TimeUnit.SECONDS.toNanos(options.statusSeconds()), deadline - System.nanoTime());
        if (stop.await(Math.max(1, wait), TimeUnit.NANOSECONDS)) {
          break;
        }
        say("%s", status.line());
      }
      if (!node.isAlive()) {
        throw new IllegalStateException("the node stopped unexpectedly; see " + logFile);
      }
      say("%s", status.line());
    } finally {
      say("stopping the miner, the node and the litecoind nodes...");
      if (miner != null) {
        miner.close();
      }
      if (node != null) {
        node.close();
      }
      if (pair != null) {
        pair.close();
      }
      cleanedUp.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it waits for cleanedUp, which is now released.
      }
      say("demo stopped; datadir and log kept at %s", datadir);
    }
  }

  // Ctrl-C: let run() clean up (its finally block) and hold the JVM until it has, because the
  // litecoind child processes would otherwise outlive us.
  private void onSignal() {
    DemoMiner m = activeMiner;
    if (m != null) {
      m.stopping();
    }
    stop.countDown();
    try {
      cleanedUp.await(90, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void printWhereToLook(
      P2poolConfig config,
      int stratumPort,
      String address,
      Path datadir,
      Path logFile,
      InProcessNode node) {
    say("p2poolj demo running (Ctrl-C to stop%s)", durationText());
    say(
        "  stratum:  stratum+tcp://127.0.0.1:%d  (miner: built-in CPU miner, %d thread(s))",
        stratumPort, options.threads());
    say("  payouts:  %s (daemon wallet)", address);
    boolean web =
        node.context().services().running().stream().anyMatch(s -> s.name().equals("web"));
    if (web) {
      say("  web:      http://127.0.0.1:%d/", config.web().port());
    }
    say("  datadir:  %s", datadir);
    say("  log:      %s", logFile);
  }

  private String durationText() {
    return options.durationSeconds() == 0
        ? ""
        : "; stops after " + options.durationSeconds() + " s";
  }

  private void say(String format, Object... args) {
    out.println(String.format(format, args));
    out.flush();
    LOG.info(String.format(format, args));
  }

  // The console shows warnings only, so the status lines stay readable; the file gets everything.
  private static void configureLogging(Path logFile) throws IOException {
    LogSetup.configure(new LogConfig("INFO", logFile.toString()));
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> console = root.getAppender("console");
    if (console != null) {
      ThresholdFilter warn = new ThresholdFilter();
      warn.setLevel("WARN");
      warn.setContext(ctx);
      warn.start();
      console.addFilter(warn);
    }
  }
}
