/**
 * The read-only picture of a running node that the web layer renders: {@link
 * org.p2poolj.web.view.NodeView} and the immutable records it returns. The node module implements
 * it over the share chain, p2p, stratum and daemon subsystems; this package must not depend on any
 * of them, so the web module builds and is tested on its own with a fake view. Values are already
 * computed by the node (hash rates, weights, payouts); the web layer only formats and combines them
 * the way the reference p2pool web API does.
 */
package org.p2poolj.web.view;
