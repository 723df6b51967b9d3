/**
 * A share loaded on a network: the values JT's {@code BaseShare.__init__} derives (ref hash, gentx
 * hash through hash_link, merkle root, header, share hash, PoW hash, targets, payout key and
 * script) and the receipt-time checks. Depends on codec and address; never on the tracker.
 */
package org.p2poolj.share.chain;
