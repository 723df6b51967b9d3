/**
 * Output script templates (P2PKH, P2SH, segwit v0, taproot, OP_RETURN), minimal data and number
 * pushes and the BIP34 height push, plus recognising those templates in a script. Pure; depends on
 * nothing outside the JDK and the codec package.
 */
package org.p2poolj.coin.script;
