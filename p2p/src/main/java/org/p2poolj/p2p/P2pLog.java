package org.p2poolj.p2p;

import org.p2poolj.p2p.manager.Ban;
import org.p2poolj.p2p.peer.DisconnectReason;
import org.p2poolj.p2p.peer.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operator-facing p2p messages, in one place. */
final class P2pLog {
  private static final Logger LOG = LoggerFactory.getLogger("org.p2poolj.p2p");

  private P2pLog() {}

  static void listening(String network, int port) {
    LOG.info("P2P: listening for {} peers on port {}", network, port);
  }

  static void peerConnected(PeerId id, long version, String subVersion, int peers) {
    LOG.info("P2P: connected to {} (protocol {}, {}); {} peer(s)", id, version, subVersion, peers);
  }

  static void peerDisconnected(PeerId id, DisconnectReason reason, boolean wasEstablished) {
    if (reason.isMisbehaviour()) {
      LOG.info("P2P: dropped {}: {}", id, reason);
    } else if (wasEstablished) {
      LOG.info("P2P: lost {}: {}", id, reason);
    } else {
      LOG.debug("P2P: closed {}: {}", id, reason);
    }
  }

  static void peerBanned(Ban ban) {
    LOG.warn(
        "P2P: banned {} until {} (score {}, {})",
        ban.host(),
        ban.until(),
        ban.score(),
        ban.reason());
  }

  static void addrsSaveFailed(Exception e) {
    LOG.warn("P2P: could not save the address book: {}", e.toString());
  }

  static void addrsLoadFailed(Exception e) {
    LOG.warn("P2P: could not load the address book, starting empty: {}", e.toString());
  }

  static void addrsLoaded(int n) {
    LOG.info("P2P: loaded {} address(es) from the address book", n);
  }
}
