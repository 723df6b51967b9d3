/**
 * The link to the coin daemon (litecoind or bitcoind): JSON-RPC, block templates, block assembly
 * and submission, and the daemon's own P2P port. This module depends on {@code coin} only; it knows
 * nothing of shares, stratum or the p2pool network, which consume what it publishes.
 */
package org.p2poolj.daemon;
