package org.p2poolj.node.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.node.runtime.BlockFound;

/**
 * Adds up what the blocks found paid one address, read back from the daemon's copy of each block
 * (so the figure is what the coin chain holds, not what the node meant to pay).
 */
final class Payouts {
  private final DaemonRpc rpc;
  private final String script;
  private final Set<String> counted = new HashSet<>();
  private BigDecimal total = BigDecimal.ZERO;
  private int blocksPaying;

  Payouts(DaemonRpc rpc, String address, ChainParams params) {
    this.rpc = rpc;
    this.script = HexFormat.of().formatHex(Address.parse(address, params).script());
  }

  /** Reads the blocks not yet counted; a block the daemon does not know yet is tried again. */
  void update(Iterable<BlockFound> blocks) {
    for (BlockFound b : blocks) {
      String hash = b.blockHash().toHex();
      if (!b.accepted() || counted.contains(hash)) {
        continue;
      }
      try {
        JsonNode vout = rpc.client().call("getblock", hash, 2).path("tx").get(0).path("vout");
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode out : vout) {
          if (script.equals(out.path("scriptPubKey").path("hex").asText())) {
            paid = paid.add(new BigDecimal(out.path("value").asText()));
          }
        }
        counted.add(hash);
        if (paid.signum() > 0) {
          blocksPaying++;
          total = total.add(paid);
        }
      } catch (DaemonRpcException | RuntimeException e) {
        // Not there yet (or the daemon is busy): the next status line tries again.
      }
    }
  }

  BigDecimal total() {
    return total;
  }

  int blocksPaying() {
    return blocksPaying;
  }
}
