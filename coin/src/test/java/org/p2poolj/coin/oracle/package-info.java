/**
 * Cross-checks against independent implementations used only in test scope: bitcoinj-core 0.17 for
 * transactions and addresses, Bouncy Castle for scrypt. Seeded random inputs, so failures
 * reproduce.
 */
package org.p2poolj.coin.oracle;
