/**
 * Block assembly from a template: coinbase (BIP34 height, witness commitment and reserved value),
 * transaction selection within the template's limits, merkle root, the Litecoin MWEB suffix (HogEx
 * last, {@code 01} + MWEB blob, peg-ins kept), and submission through {@code submitblock} and the
 * daemon P2P link. Assembly is pure; only {@code BlockSubmitter} does I/O.
 */
package org.p2poolj.daemon.block;
