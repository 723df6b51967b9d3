/**
 * Port sharing: {@link org.p2poolj.web.mux.PortMux} accepts on one port and, like the reference's
 * worker port, sends a connection whose first byte is {@code '{'} to the stratum handler and
 * anything else to the HTTP server (through a loopback proxy). Depends only on the JDK; the node
 * supplies the stratum handler.
 */
package org.p2poolj.web.mux;
