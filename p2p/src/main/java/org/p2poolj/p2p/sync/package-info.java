/**
 * Share sync over the p2p network: the {@link org.p2poolj.p2p.sync.ShareChainPort} the node
 * implements over its tracker, serving {@code sharereq}, downloading missing ancestors,
 * broadcasting new shares to peers that lack them, and relaying {@code bestblock} headers.
 *
 * <p>Shares stay opaque {@link org.p2poolj.p2p.wire.RawShare} records here; parsing, hashing and
 * verification happen behind the port, in the share-chain module. Depends on the wire and peer
 * packages only.
 */
package org.p2poolj.p2p.sync;
