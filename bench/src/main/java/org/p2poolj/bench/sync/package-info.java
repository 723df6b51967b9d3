/**
 * Share-chain sync benchmark: a fresh node (chain service, store, p2p service, all real) catches up
 * a CHAIN_LENGTH chain from one peer on loopback, verification included. A main printing figures,
 * not a JMH benchmark: one sync is seconds long and stateful.
 */
package org.p2poolj.bench.sync;
