/**
 * The assembled node: {@link org.p2poolj.node.runtime.NodeAssembly} builds a {@link
 * org.p2poolj.node.runtime.NodeContext} from a configuration and registers the services in
 * dependency order (store, chain, daemon, p2p, mining, web). Each wiring (mining, p2p, web) reads
 * the parts it needs from the context and reacts to {@link org.p2poolj.node.runtime.NodeEvents}.
 * This package depends on every module; no module depends on it.
 */
package org.p2poolj.node.runtime;
