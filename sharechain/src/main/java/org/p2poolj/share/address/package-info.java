/**
 * p2pool's own address-to-script conversion ({@code address_to_script2}), bug for bug: the v34
 * padding bug and its v35 fix, witness version ignored, bech32m refused, keys kept as submitted.
 * Deliberately separate from the coin module's correct address parser, because consensus needs the
 * reference's mistakes. Pure; depends only on the JDK and coin hashing.
 */
package org.p2poolj.share.address;
