/**
 * Share-chain benchmarks: building and verifying a full LTC-parameter chain (PoW in parallel,
 * sequential check), the cost of one more share on a full chain, and the heap a full chain holds.
 */
package org.p2poolj.bench.share;
