/**
 * The node's web wiring: {@link org.p2poolj.node.web.LiveNodeView} implements the web module's
 * {@code NodeView} over the running node (share chain, daemon link, stratum server, p2p) and {@link
 * org.p2poolj.node.web.WebService} runs the web front end (HTTP API, dashboard, metrics, status
 * line, graph history) as a node service. {@link org.p2poolj.node.web.WebWiring#wire} is the one
 * call {@code NodeAssembly} makes. Chain figures are computed on the chain thread and cached, so
 * HTTP requests never walk the chain themselves.
 */
package org.p2poolj.node.web;
