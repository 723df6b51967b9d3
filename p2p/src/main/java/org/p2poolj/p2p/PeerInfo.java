package org.p2poolj.p2p;

import org.p2poolj.p2p.peer.PeerId;

/** A snapshot of one connection, for the web API and tests. */
public record PeerInfo(PeerId id, boolean established, long protocolVersion, String subVersion) {}
