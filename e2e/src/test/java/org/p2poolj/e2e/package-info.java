/**
 * Whole-node tests: one regtest litecoind, a p2poolj node in-process and a CPU miner, all on free
 * loopback ports ({@link org.p2poolj.e2e.DemoNode}), shared by every test class of the run; the
 * tests read the node's API, its {@code /metrics}, and its dashboard in headless Chromium.
 */
package org.p2poolj.e2e;
