package org.p2poolj.node.web;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.web.view.RecentBlock;

/** Block-solving shares in the chain ({@code /recent_blocks}), with their BIP34 heights. */
final class RecentBlocks {
  private RecentBlocks() {}

  /** Shares among the {@code depth} newest of {@code best}'s chain whose PoW meets the block. */
  static List<RecentBlock> scan(ShareTracker t, Hash256 best, int depth) {
    List<RecentBlock> out = new ArrayList<>();
    for (LoadedShare s : t.chain(best, depth)) {
      if (s.isBlockSolution()) {
        out.add(
            new RecentBlock(
                s.timestamp(),
                s.header().hash(),
                bip34Height(s.share().shareData().coinbase()),
                s.hash()));
      }
    }
    return out;
  }

  /**
   * The height a coinbase script starts with (BIP34): a small-integer opcode or a push of up to 8
   * little-endian bytes; -1 when the script does not start that way.
   */
  static long bip34Height(byte[] script) {
    if (script.length == 0) {
      return -1;
    }
    int op = script[0] & 0xff;
    if (op >= 0x51 && op <= 0x60) {
      return op - 0x50;
    }
    if (op < 1 || op > 8 || script.length < 1 + op) {
      return -1;
    }
    long v = 0;
    for (int i = op; i >= 1; i--) {
      v = (v << 8) | (script[i] & 0xff);
    }
    return v;
  }
}
