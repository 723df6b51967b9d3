/**
 * The node's web face: HTTP server, p2pool-compatible JSON API, our {@code /api/v1}, Prometheus
 * {@code /metrics}, the dashboard, the console status line and stratum/HTTP port sharing. It reads
 * the node only through {@link org.p2poolj.web.view.NodeView}, and must not depend on the share
 * chain, p2p, stratum or daemon modules; the node module implements the view and wires it in.
 */
package org.p2poolj.web;
