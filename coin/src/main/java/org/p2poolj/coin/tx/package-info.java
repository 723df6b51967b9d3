/**
 * Bitcoin transactions with and without witness data (BIP144): records, a strict codec, txid,
 * wtxid, sizes and weight. Pure; depends on the codec and hash packages only.
 */
package org.p2poolj.coin.tx;
