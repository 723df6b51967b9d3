/**
 * Benchmarks of the pool P2P layer: share sync between two in-process nodes on loopback (the
 * 8,640-share catch-up of a node started late) and the wire codecs on a full {@code sharereply}.
 * The share chain is a linear stand-in ({@link org.p2poolj.bench.p2p.LinearChain}) so the figures
 * measure the network path, not share verification.
 */
package org.p2poolj.bench.p2p;
