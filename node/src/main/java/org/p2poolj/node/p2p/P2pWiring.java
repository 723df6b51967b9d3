package org.p2poolj.node.p2p;

import org.p2poolj.node.runtime.NodeContext;

/** The one call {@code NodeAssembly} makes for the pool P2P network. */
public final class P2pWiring {
  private P2pWiring() {}

  /**
   * Creates the p2p service from {@code [p2p]}, registers it after the chain and the daemon, and
   * broadcasts the shares this node's miners find.
   */
  public static P2pService register(NodeContext context) {
    P2pService service =
        new P2pService(
            P2pSettings.from(
                    context.config().p2p(),
                    context.poolNetwork(),
                    context.config().node().datadirPath())
                .build(),
            context.chain(),
            new DaemonServiceHooks(context.daemon(), context.chainParams()),
            context.clock());
    context.services().register(service, context.chain(), context.daemon());
    context.events().onShareFound(s -> service.shareFound());
    return service;
  }
}
