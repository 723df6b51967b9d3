package org.p2poolj.node.p2p;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.CompactTarget;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.node.runtime.DaemonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DaemonHooks} over the running daemon link: a new template on a new previous block means a
 * new tip, whose header is fetched ({@code getblockheader <hash> false}) and handed on.
 */
final class DaemonServiceHooks implements DaemonHooks {
  private static final Logger LOG = LoggerFactory.getLogger("p2p");

  private final DaemonService daemon;
  private final ChainParams params;

  DaemonServiceHooks(DaemonService daemon, ChainParams params) {
    this.daemon = daemon;
    this.params = params;
  }

  @Override
  public AutoCloseable onNewBlock(Consumer<BlockHeader> listener) {
    AtomicReference<Hash256> last = new AtomicReference<>();
    return daemon
        .templates()
        .subscribe(
            t -> {
              Hash256 tip = t.previousBlockHash();
              if (tip.equals(last.getAndSet(tip))) {
                return;
              }
              // The template thread must stay quick; the RPC round trip goes elsewhere.
              Thread.ofVirtual().name("p2p-bestblock").start(() -> fetchAndSend(tip, listener));
            });
  }

  private void fetchAndSend(Hash256 tip, Consumer<BlockHeader> listener) {
    try {
      String hex = daemon.rpc().client().call("getblockheader", tip.toHex(), false).asText();
      listener.accept(BlockHeader.parse(HexFormat.of().parseHex(hex)));
    } catch (DaemonRpcException | RuntimeException e) {
      LOG.debug("no header for new block {}: {}", tip.toHex(), e.toString());
    }
  }

  @Override
  public void refreshTemplate(String reason) {
    daemon.templates().refresh(reason);
  }

  @Override
  public boolean powValid(BlockHeader header) {
    BigInteger target = CompactTarget.decode(header.bits());
    Hash256 pow = params.pow().powHash(header.serialize());
    return pow.toBigInteger().compareTo(target) <= 0;
  }
}
