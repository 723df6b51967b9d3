package org.p2poolj.node.web;

import java.util.Optional;
import org.p2poolj.node.runtime.NodeContext;

/** The web wiring {@code NodeAssembly} calls: one service after everything it reads from. */
public final class WebWiring {
  private WebWiring() {}

  /** Registers the web service (after store, chain, daemon and mining) and returns it. */
  public static WebService wire(NodeContext context) {
    WebService web = new WebService(context, Optional::empty, Optional.empty());
    context
        .services()
        .register(web, context.storeService(), context.chain(), context.daemon(), context.mining());
    return web;
  }
}
