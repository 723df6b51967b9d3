package org.p2poolj.daemon.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

/**
 * Chooses template transactions within the template's weight, size and sigop limits, keeping
 * template order. The HogEx and everything it depends on (MWEB peg-ins) are always kept: leaving
 * out a peg-in would invalidate the daemon-built HogEx. A transaction is kept only with all its
 * dependencies. Pure.
 */
public final class TxSelector {
  private TxSelector() {}

  /** All transactions that fit, in template order. */
  public static Selection select(BlockTemplate template, SelectionLimits limits) {
    return select(template, limits, tx -> true);
  }

  /** Transactions the caller wants ({@code wanted}) that fit, plus the mandatory MWEB ones. */
  public static Selection select(
      BlockTemplate template, SelectionLimits limits, Predicate<TemplateTx> wanted) {
    List<TemplateTx> txs = template.transactions();
    Set<Integer> forced = mandatory(txs);
    long maxWeight = template.weightLimit() - limits.coinbaseWeight() - 80L * 4;
    long maxSize = template.sizeLimit() - limits.coinbaseSize() - 80L;
    long maxSigops = template.sigopLimit() - limits.coinbaseSigops();
    Set<Integer> kept = new HashSet<>();
    List<TemplateTx> chosen = new ArrayList<>();
    long weight = 0;
    long size = 0;
    long sigops = 0;
    long fees = 0;
    long leftOut = 0;
    for (int i = 0; i < txs.size(); i++) {
      TemplateTx tx = txs.get(i);
      boolean must = forced.contains(i);
      boolean fits =
          weight + tx.weight() <= maxWeight
              && size + tx.size() <= maxSize
              && sigops + tx.sigops() <= maxSigops;
      if (must || wanted.test(tx) && fits && kept.containsAll(tx.depends())) {
        kept.add(i);
        chosen.add(tx);
        weight += tx.weight();
        size += tx.size();
        sigops += tx.sigops();
        fees += tx.fee();
      } else {
        leftOut += tx.fee();
      }
    }
    return new Selection(chosen, fees, leftOut, weight, size);
  }

  /** Indices of the HogEx and, transitively, the transactions it depends on. */
  static Set<Integer> mandatory(List<TemplateTx> txs) {
    Set<Integer> forced = new HashSet<>();
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < txs.size(); i++) {
      if (txs.get(i).isHogEx()) {
        todo.add(i);
      }
    }
    while (!todo.isEmpty()) {
      int i = todo.removeLast();
      if (forced.add(i)) {
        todo.addAll(txs.get(i).depends());
      }
    }
    return forced;
  }
}
