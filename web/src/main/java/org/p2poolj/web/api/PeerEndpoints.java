package org.p2poolj.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;

/**
 * Peer reference endpoints: {@code /peer_addresses}, {@code /peer_versions}, {@code /pings}, {@code
 * /peer_txpool_sizes}. The reference pings on request; the node reports its last measured
 * best-of-three instead, so a page load never waits on the network.
 */
final class PeerEndpoints {
  private final NodeView view;

  PeerEndpoints(NodeView view) {
    this.view = view;
  }

  void register(Router r) {
    r.get("/peer_addresses", req -> Response.json(peerAddresses()));
    r.get("/peer_versions", req -> Response.json(byEndpoint(PeerInfo::subVersion)));
    r.get("/pings", req -> Response.json(byEndpoint(p -> Fields.orNull(p.pingMs()))));
    r.get("/peer_txpool_sizes", req -> Response.json(byEndpoint(PeerInfo::txpoolSize)));
  }

  /** Space-separated {@code host[:port]}, the port left out when it is the network default. */
  String peerAddresses() {
    int defaultPort = view.info().p2pPort();
    return view.peers().stream()
        .map(p -> p.port() == defaultPort ? p.host() : p.endpoint())
        .collect(Collectors.joining(" "));
  }

  private Map<String, Object> byEndpoint(java.util.function.Function<PeerInfo, Object> f) {
    List<PeerInfo> peers = view.peers();
    Map<String, Object> out = new LinkedHashMap<>();
    for (PeerInfo p : peers) {
      out.put(p.endpoint(), f.apply(p));
    }
    return out;
  }
}
