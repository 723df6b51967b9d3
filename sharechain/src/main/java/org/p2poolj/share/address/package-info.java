/**
 * p2pool's own address-to-script conversion ({@code address_to_script2}), bug for bug: the v34
 * padding bug and its v35 fix, witness version ignored, bech32m refused, keys kept as submitted.
 * Base58Check is coin's, since it behaves the same. The Bech32 decoding and the witness-program
 * round trip are kept apart from coin's correct address parser, because consensus needs the
 * reference's mistakes. Pure; depends only on the JDK and coin.
 */
package org.p2poolj.share.address;
