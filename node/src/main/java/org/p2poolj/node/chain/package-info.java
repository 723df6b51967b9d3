/**
 * The node's share chain: one thread owns the {@link org.p2poolj.share.tracker.ShareTracker} and
 * the share store, and every other subsystem (mining, peers, web) reaches the chain through it.
 * Depends on sharechain and store; must not depend on p2p, stratum or web.
 */
package org.p2poolj.node.chain;
