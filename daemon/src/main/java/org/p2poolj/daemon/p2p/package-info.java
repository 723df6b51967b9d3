/**
 * The link to the coin daemon's own P2P port: message framing and the few message codecs the pool
 * needs (version, ping/pong, inv, headers, block), and a connection that hears new-block
 * announcements and can push a full block. Codecs here are pure; only {@code DaemonP2pLink} does
 * I/O. It must not depend on the p2pool share network.
 */
package org.p2poolj.daemon.p2p;
