/**
 * JT's {@code generate_transaction}: targets with the +-10% and 30x rules, PPLNS amounts with the
 * finder fee and donation dust, output order, segwit commitment, far share, absheight, abswork and
 * timestamp, and the coinbase bytes. Used both to verify received shares and to make our own. Reads
 * the chain through {@link org.p2poolj.share.gentx.ChainView}; never imports the tracker.
 */
package org.p2poolj.share.gentx;
