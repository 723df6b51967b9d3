package org.p2poolj.node.p2p;

import java.util.function.Consumer;
import org.p2poolj.coin.block.BlockHeader;

/**
 * What the p2p wiring needs from the coin side for {@code bestblock}: new block headers of our
 * daemon to send to peers, a template refresh when a peer tells us of a block first, and the coin's
 * PoW check of a header. {@link #NONE} stands in where no daemon runs (tests, the benchmark).
 */
public interface DaemonHooks {
  /** Delivers each new best block header of our daemon (on any thread); returns a closer. */
  AutoCloseable onNewBlock(Consumer<BlockHeader> listener);

  /** A peer announced a valid block header: fetch a new template now. */
  void refreshTemplate(String reason);

  /** Whether the header's PoW meets its own bits target. */
  boolean powValid(BlockHeader header);

  DaemonHooks NONE =
      new DaemonHooks() {
        @Override
        public AutoCloseable onNewBlock(Consumer<BlockHeader> listener) {
          return () -> {};
        }

        @Override
        public void refreshTemplate(String reason) {}

        @Override
        public boolean powValid(BlockHeader header) {
          return false;
        }
      };
}
