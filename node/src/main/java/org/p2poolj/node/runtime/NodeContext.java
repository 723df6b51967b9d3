package org.p2poolj.node.runtime;

import java.time.InstantSource;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.ServiceManager;
import org.p2poolj.node.mining.MiningService;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.ShareStore;

/**
 * The assembled parts of one node, built by {@link NodeAssembly}. The services are created at
 * assembly time but open their resources on start; a getter for a started-only part (the daemon
 * link, the stratum server) throws before its service runs, so wirings call them from their own
 * service's {@code start()}, after depending on the service that provides them.
 */
public final class NodeContext {
  private final P2poolConfig config;
  private final InstantSource clock;
  private final RandomGenerator random;
  private final ServiceManager services;
  private final NodeEvents events = new NodeEvents();
  private final StoreService store;
  private final ChainService chain;
  private final DaemonService daemon;
  private MiningService mining;

  NodeContext(
      P2poolConfig config,
      InstantSource clock,
      RandomGenerator random,
      ServiceManager services,
      StoreService store,
      ChainService chain,
      DaemonService daemon) {
    this.config = config;
    this.clock = clock;
    this.random = random;
    this.services = services;
    this.store = store;
    this.chain = chain;
    this.daemon = daemon;
  }

  void setMining(MiningService mining) {
    this.mining = mining;
  }

  public P2poolConfig config() {
    return config;
  }

  public InstantSource clock() {
    return clock;
  }

  public RandomGenerator random() {
    return random;
  }

  /** The share-chain network with any {@code [sharechain]} overrides. */
  public PoolNetwork poolNetwork() {
    return chain.net();
  }

  public ChainParams chainParams() {
    return config.network().chain();
  }

  /** Where wirings register their services (depending on the ones exposed here). */
  public ServiceManager services() {
    return services;
  }

  public NodeEvents events() {
    return events;
  }

  /** The store service (share store, stats history, metadata). */
  public StoreService storeService() {
    return store;
  }

  /** The share store; usable once {@link #storeService()} runs. */
  public ShareStore shareStore() {
    return store.shares();
  }

  /** The share chain (tracker owner); new best shares via {@code onBestChanged}. */
  public ChainService chain() {
    return chain;
  }

  /** The daemon link service: RPC, template source, submitter, payout address once running. */
  public DaemonService daemon() {
    return daemon;
  }

  /** The mining service: work source, submit sink, stratum server and its stats once running. */
  public MiningService mining() {
    if (mining == null) {
      throw new IllegalStateException("mining is not wired yet");
    }
    return mining;
  }
}
