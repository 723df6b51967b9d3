/**
 * Hashing: the {@link org.p2poolj.coin.hash.Hash256} value type, SHA-256 and SHA-256d on reused
 * per-thread JDK digests, an own SHA-256 compression that can resume from a midstate (p2pool's
 * hash_link), and an own scrypt(1024,1,1,32) specialised for 80-byte block headers. Proof-of-work
 * functions are exposed as the {@link org.p2poolj.coin.hash.PowFunction} strategy. Depends only on
 * the JDK and the codec package.
 */
package org.p2poolj.coin.hash;
