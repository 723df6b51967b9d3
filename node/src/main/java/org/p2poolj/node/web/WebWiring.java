package org.p2poolj.node.web;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.lifecycle.Service;
import org.p2poolj.node.p2p.P2pService;
import org.p2poolj.node.runtime.NodeContext;

/** The web wiring {@code NodeAssembly} calls: one service after everything it reads from. */
public final class WebWiring {
  private WebWiring() {}

  /** Registers the web service (after store, chain, daemon and mining) and returns it. */
  public static WebService wire(NodeContext context) {
    Optional<Consumer<Socket>> shared =
        sharesStratumPort(context.config())
            ? Optional.of(new StratumForwarder(() -> context.mining().port()))
            : Optional.empty();
    // The p2p wiring registers its service before mining; a node without one shows no peers.
    Optional<P2pService> p2p =
        context.services().startOrder().stream()
            .filter(P2pService.class::isInstance)
            .map(P2pService.class::cast)
            .findFirst();
    WebService web = new WebService(context, () -> p2p.flatMap(P2pService::node), shared);
    List<Service> deps =
        new ArrayList<>(
            List.of(context.storeService(), context.chain(), context.daemon(), context.mining()));
    p2p.ifPresent(deps::add);
    context.services().register(web, deps.toArray(Service[]::new));
    return web;
  }

  /**
   * Web and stratum share one port when {@code [web].port} equals {@code [stratum].port}: the web
   * front end listens there and hands JSON-RPC connections to stratum (the reference's worker port
   * also served the web pages).
   */
  public static boolean sharesStratumPort(P2poolConfig config) {
    return config.web().port() == config.stratum().port();
  }
}
