/**
 * One peer connection: the handshake as a pure handler ({@link org.p2poolj.p2p.peer.Handshake}),
 * the disconnect and misbehaviour reasons as data, and the thin socket shell ({@link
 * org.p2poolj.p2p.peer.PeerConnection}: one reader virtual thread, one bounded writer queue).
 *
 * <p>Depends on the wire package only; knows nothing of the peer manager, the address book or the
 * share chain, which it reaches through {@link org.p2poolj.p2p.peer.PeerConnection.Listener}.
 */
package org.p2poolj.p2p.peer;
