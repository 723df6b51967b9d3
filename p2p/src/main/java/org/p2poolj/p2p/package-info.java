/**
 * The pool P2P network service: {@link org.p2poolj.p2p.P2pNode} binds the wire, peer, manager,
 * address and sync packages into one startable service, configured by {@link
 * org.p2poolj.p2p.P2pConfig} and reaching the share chain only through {@link
 * org.p2poolj.p2p.sync.ShareChainPort} and two header callbacks, so several nodes run in one JVM.
 *
 * <p>Must not depend on the share-chain, store, daemon, stratum or node modules.
 */
package org.p2poolj.p2p;
