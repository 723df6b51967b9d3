/**
 * Human-readable addresses: Base58Check, Bech32 and Bech32m (BIP173/BIP350), and {@link
 * org.p2poolj.coin.address.Address}, which turns an address into its output script for a given
 * network and back, rejecting malformed, wrong-network and MWEB addresses with a clear message.
 * Depends on the codec, hash, script and chain packages.
 */
package org.p2poolj.coin.address;
