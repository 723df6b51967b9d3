/**
 * Which peers we keep: the ban list (score-based durations through an injected clock), the incoming
 * limits (overall and per /16), and the registry of live connections with the outgoing dialer and
 * the persistent {@code -n} peers.
 *
 * <p>Depends on the peer and wire packages and on the address book; never on the share chain.
 */
package org.p2poolj.p2p.manager;
