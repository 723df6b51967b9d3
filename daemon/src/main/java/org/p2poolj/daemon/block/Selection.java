package org.p2poolj.daemon.block;

import java.util.List;
import org.p2poolj.daemon.template.TemplateTx;

/**
 * The transactions chosen for a block, in template order, and the fees of those left out (the
 * coinbase may claim {@code coinbasevalue - leftOutFees}).
 */
public record Selection(
    List<TemplateTx> transactions, long fees, long leftOutFees, long weight, long size) {
  public Selection {
    transactions = List.copyOf(transactions);
  }
}
