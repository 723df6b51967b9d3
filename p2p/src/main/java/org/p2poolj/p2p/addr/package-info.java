/**
 * Peer discovery: the address book ({@code (host, port) -> (services, first_seen, last_seen)},
 * capped, saved as {@code <datadir>/addrs.json}), the {@code addrme}/{@code addrs}/{@code getaddrs}
 * gossip rules as pure functions, and bootstrap addresses resolved lazily.
 *
 * <p>Depends on the wire package only.
 */
package org.p2poolj.p2p.addr;
