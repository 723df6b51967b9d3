package org.p2poolj.node.runtime;

import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.random.RandomGenerator;
import org.p2poolj.node.DatadirLock;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.ServiceManager;
import org.p2poolj.node.mining.MiningService;

/**
 * Builds a {@link NodeContext} and registers the node's services in dependency order: datadir lock
 * -> store -> chain -> daemon -> p2p -> mining (stratum) -> web. The p2p and web wirings add one
 * line each at the marked places.
 */
public final class NodeAssembly {
  private NodeAssembly() {}

  /** Creates every part and registers its service with {@code services}; starts nothing. */
  public static NodeContext assemble(
      P2poolConfig config, InstantSource clock, ServiceManager services) {
    RandomGenerator random = new java.security.SecureRandom();
    DatadirLock lock = new DatadirLock(config.node().datadirPath());
    services.register(lock);
    StoreService store = new StoreService(config.store(), Clock.system(ZoneOffset.UTC));
    services.register(store, lock);
    ChainService chain = new ChainService(config.poolNetwork(), store.shares(), clock, random);
    services.register(chain, store);
    DaemonService daemon =
        new DaemonService(
            config.daemon(),
            config.network().chain(),
            config.node().payoutAddress(),
            clock,
            random);
    services.register(daemon, chain);
    NodeContext context = new NodeContext(config, clock, random, services, store, chain, daemon);
    org.p2poolj.node.p2p.P2pWiring.register(context);
    MiningService mining = new MiningService(context);
    context.setMining(mining);
    services.register(mining, chain, daemon);
    org.p2poolj.node.web.WebWiring.wire(context);
    return context;
  }
}
