package org.p2poolj.p2p;

import java.time.InstantSource;
import java.util.Random;
import java.util.function.LongSupplier;
import org.p2poolj.p2p.addr.AddressBook;
import org.p2poolj.p2p.manager.BanList;
import org.p2poolj.p2p.manager.IncomingLimits;
import org.p2poolj.p2p.manager.PeerRegistry;
import org.p2poolj.p2p.manager.PersistentPeers;
import org.p2poolj.p2p.sync.BestBlockRelay;
import org.p2poolj.p2p.sync.ShareBroadcaster;
import org.p2poolj.p2p.sync.ShareChainPort;
import org.p2poolj.p2p.sync.ShareDownloader;
import org.p2poolj.p2p.wire.Framing;

/** The collaborators one node's pieces share; built once by {@link P2pNode}. */
record NodeParts(
    P2pConfig config,
    Framing framing,
    ShareChainPort chain,
    PeerRegistry registry,
    BanList bans,
    AddressBook book,
    IncomingLimits incoming,
    PersistentPeers persistent,
    ShareDownloader downloader,
    ShareBroadcaster broadcaster,
    BestBlockRelay relay,
    InstantSource clock,
    LongSupplier nanoTime,
    Random random) {
  long nowSeconds() {
    return clock.instant().getEpochSecond();
  }
}
