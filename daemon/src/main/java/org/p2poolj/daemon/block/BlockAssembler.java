package org.p2poolj.daemon.block;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

/**
 * Turns a template, a transaction selection and the caller's payouts into a {@link BlockCandidate}.
 * The same code serves bitcoind-style templates (no MWEB) and Litecoin with MWEB. Pure.
 */
public final class BlockAssembler {
  private BlockAssembler() {}

  /** Assembles with every template transaction that fits. */
  public static BlockCandidate assemble(BlockTemplate template, CoinbaseRequest request) {
    return assemble(template, TxSelector.select(template, SelectionLimits.DEFAULT), request);
  }

  /**
   * Assembles a candidate block.
   *
   * @throws IllegalArgumentException when the payouts claim more than the block may pay
   */
  public static BlockCandidate assemble(
      BlockTemplate template, Selection selection, CoinbaseRequest request) {
    long available = template.coinbaseValue() - selection.leftOutFees();
    if (request.total() > available) {
      throw new IllegalArgumentException(
          "payouts total "
              + request.total()
              + " exceeds the "
              + available
              + " the block may claim (coinbasevalue "
              + template.coinbaseValue()
              + " minus fees of left-out transactions "
              + selection.leftOutFees()
              + ")");
    }
    List<TemplateTx> txs = selection.transactions();
    byte[] commitmentScript =
        template.segwit()
            ? WitnessCommitment.script(
                txs.stream().map(TemplateTx::wtxid).toList(), request.witnessReserved())
            : null;
    Transaction coinbase =
        CoinbaseBuilder.build(
            template.height(), template.coinbaseFlags(), request, commitmentScript);
    BlockHeader header =
        new BlockHeader(
            template.version(),
            template.previousBlockHash(),
            merkleRoot(coinbase.txid(), txs),
            Math.max(template.curTime(), template.minTime()),
            template.bits(),
            0);
    return new BlockCandidate(header, coinbase, txs, template.mweb(), available);
  }

  /** Merkle root over the coinbase txid then the transactions' txids (HogEx last, as given). */
  public static Hash256 merkleRoot(Hash256 coinbaseTxid, List<TemplateTx> txs) {
    List<Hash256> ids = new ArrayList<>(txs.size() + 1);
    ids.add(coinbaseTxid);
    txs.forEach(tx -> ids.add(tx.txid()));
    return Merkle.root(ids);
  }
}
