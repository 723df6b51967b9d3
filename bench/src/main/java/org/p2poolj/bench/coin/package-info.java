/**
 * JMH benchmarks for the coin primitives on the hot paths: SHA-256d and scrypt of an 80-byte header
 * (share and block proof of work) and resuming SHA-256 from a hash_link midstate (share
 * verification). Run single-threaded ({@code -t 1}) to compare with the per-core targets.
 */
package org.p2poolj.bench.coin;
