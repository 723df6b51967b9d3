/**
 * The submit path: rebuild the 80-byte header from a job and a miner's {@code mining.submit}
 * (coinbase {@code coinb1||xn1||xn2||coinb2}, merkle fold, BIP310 version rolling), hash it with
 * the chain's {@link org.p2poolj.coin.hash.PowFunction}, classify it as pseudoshare, share or
 * block, and hand shares and blocks to the node's {@link org.p2poolj.stratum.submit.SubmitSink}.
 * Knows nothing of sockets or sessions; the caller passes the submitter's state in.
 */
package org.p2poolj.stratum.submit;
