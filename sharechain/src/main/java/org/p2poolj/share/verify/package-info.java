/**
 * JT's {@code check()} (spec §4.2): version switch rule, coinbase recomputation and comparison,
 * naughtiness inheritance and the minimum-protocol ratchet, returning an {@code InvalidShare}
 * reason instead of raising. Reads the chain through the gentx {@code ChainView}; no tracker
 * import.
 */
package org.p2poolj.share.verify;
