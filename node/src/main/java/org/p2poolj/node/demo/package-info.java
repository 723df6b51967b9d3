/**
 * The one-command regtest demo: two litecoind regtest daemons ({@code RegtestPair}), this node
 * in-process on network {@code litecoin-regtest} with free loopback ports, and the built-in CPU
 * miner over real TCP stratum. Also used by the end-to-end tests to run a node in-process. Depends
 * on the node runtime and the daemon's regtest harness; nothing depends on it except the CLI.
 */
package org.p2poolj.node.demo;
