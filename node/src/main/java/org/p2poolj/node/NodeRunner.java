package org.p2poolj.node;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.coin.hash.Scrypt;
import org.p2poolj.node.cli.VersionProvider;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.ServiceManager;
import org.p2poolj.node.lifecycle.ServiceStartException;
import org.p2poolj.node.runtime.NodeAssembly;
import org.p2poolj.node.runtime.NodeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the node: wires the services for a configuration, starts them, waits for Ctrl-C, SIGTERM or
 * {@link #requestStop()}, then stops them in reverse order.
 */
public final class NodeRunner {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRunner.class);

  private final P2poolConfig config;
  private final Optional<Path> configFile;
  private final ServiceManager services;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final NodeContext context;

  public NodeRunner(P2poolConfig config, Optional<Path> configFile, InstantSource clock) {
    this.config = config;
    this.configFile = configFile;
    this.services = new ServiceManager(clock);
    this.context = wire(clock);
  }

  /**
   * Registers the subsystems in dependency order (datadir lock, store, chain, daemon, p2p, mining,
   * web); see {@link NodeAssembly}.
   */
  private NodeContext wire(InstantSource clock) {
    return NodeAssembly.assemble(config, clock, services);
  }

  /** The assembled parts, for the demo and in-process tests. */
  public NodeContext context() {
    return context;
  }

  /** Starts everything and blocks until stopped; returns normally after a clean stop. */
  public void run() throws ServiceStartException, InterruptedException {
    LOG.info(
        "p2poolj {} starting: net {}, datadir {}, config {}",
        VersionProvider.version(),
        config.network().id(),
        config.node().datadir(),
        configFile.map(Object::toString).orElse("(none: defaults and command line)"));
    if (config.network().chain().pow() == PowFunction.SCRYPT && !Scrypt.usesSimd()) {
      LOG.warn(
          "scrypt runs without SIMD (about 1.6x slower): start Java with"
              + " --add-modules=jdk.incubator.vector, as ./p2poolj does");
    }
    services.installShutdownHook(
        () -> {
          LOG.info("p2poolj stopped (signal) after {}", uptime());
          stop.countDown();
        });
    try {
      services.startAll();
    } catch (ServiceStartException e) {
      services.removeShutdownHook();
      throw e;
    }
    LOG.info("p2poolj running with {} service(s); press Ctrl-C to stop", services.running().size());
    stop.await();
    if (!services.stopRequested()) {
      services.stopAll();
      services.removeShutdownHook();
      LOG.info("p2poolj stopped after {}", uptime());
    }
  }

  /** Asks {@link #run()} to stop its services and return; safe from any thread. */
  public void requestStop() {
    stop.countDown();
  }

  /** The service manager, for inspection in tests and the demo. */
  public ServiceManager services() {
    return services;
  }

  private String uptime() {
    Duration d = services.uptime().orElse(Duration.ZERO);
    return d.toSeconds() + "." + String.format("%03d", d.toMillisPart()) + " s";
  }
}
