/**
 * The pool P2P network wired into the node: {@link org.p2poolj.node.p2p.ChainPort} adapts the chain
 * service to the p2p module's {@code ShareChainPort}, {@link org.p2poolj.node.p2p.P2pService} runs
 * the {@code P2pNode} as a service, relays {@code bestblock} headers to and from the daemon, bans
 * senders of bad shares and follows the protocol ratchet. Depends on node.chain, node.runtime, p2p,
 * sharechain and daemon; nothing but the assembly depends on it.
 */
package org.p2poolj.node.p2p;
