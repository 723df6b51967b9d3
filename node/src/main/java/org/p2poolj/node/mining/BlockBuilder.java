package org.p2poolj.node.mining;

import java.util.List;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.daemon.block.BlockCandidate;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.share.chain.GentxConstants;

/**
 * Adapts a solved job to the daemon module's {@link BlockCandidate}: the block's coinbase is OUR
 * gentx (the daemon's assembler builds its own coinbase, which would not be the share's), in
 * witness form with the reserved value {@code "[P2Pool]"x4} when it carries the segwit commitment,
 * then the template's transactions in order (HogEx last) and the MWEB blob.
 */
public final class BlockBuilder {
  private BlockBuilder() {}

  /**
   * The full block bytes.
   *
   * @param strippedGentx the coinbase the miner hashed (coinb1 || extranonce || coinb2)
   * @param segwit whether the gentx carries a witness commitment
   */
  public static byte[] build(
      BlockTemplate template, BlockHeader header, byte[] strippedGentx, boolean segwit) {
    Transaction stripped = Transaction.parse(strippedGentx);
    Transaction coinbase =
        segwit
            ? new Transaction(
                stripped.version(),
                stripped.inputs(),
                stripped.outputs(),
                List.of(List.of(GentxConstants.witnessReserved())),
                stripped.lockTime())
            : stripped;
    return new BlockCandidate(
            header, coinbase, template.transactions(), template.mweb(), template.coinbaseValue())
        .serialize(header);
  }
}
