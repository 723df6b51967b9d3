package org.p2poolj.node.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.p2poolj.share.chain.LoadedShare;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hooks between wirings: the mining path fires "share found" and "block found", the p2p wiring
 * broadcasts shares, the web wiring records both. New best shares come from {@link
 * org.p2poolj.node.chain.ChainService#onBestChanged}. Listeners run on the firing thread (a stratum
 * session's), so they must be quick and hand long work elsewhere; a failing listener is logged and
 * does not stop the others.
 */
public final class NodeEvents {
  private static final Logger LOG = LoggerFactory.getLogger(NodeEvents.class);

  private final List<Consumer<LoadedShare>> shareFound = new CopyOnWriteArrayList<>();
  private final List<Consumer<BlockFound>> blockFound = new CopyOnWriteArrayList<>();

  /** A share made by this node's miners was added to the chain (the p2p wiring broadcasts it). */
  public void onShareFound(Consumer<LoadedShare> listener) {
    shareFound.add(listener);
  }

  /** A block made by this node's miners was submitted to the daemon. */
  public void onBlockFound(Consumer<BlockFound> listener) {
    blockFound.add(listener);
  }

  public void fireShareFound(LoadedShare share) {
    fire(shareFound, share, "share found");
  }

  public void fireBlockFound(BlockFound block) {
    fire(blockFound, block, "block found");
  }

  private static <T> void fire(List<Consumer<T>> listeners, T value, String what) {
    for (Consumer<T> l : listeners) {
      try {
        l.accept(value);
      } catch (RuntimeException e) {
        LOG.warn("{} listener failed: {}", what, e.toString(), e);
      }
    }
  }
}
