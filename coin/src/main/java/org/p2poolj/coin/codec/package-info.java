/**
 * Pure byte codecs shared by every wire format: a strict {@link org.p2poolj.coin.codec.ByteReader},
 * a growable {@link org.p2poolj.coin.codec.ByteWriter}, CompactSize varints and hex. Readers fail
 * only with {@link org.p2poolj.coin.codec.ProtocolException} and never let a length field drive an
 * allocation larger than the bytes actually present. Depends on nothing but the JDK and {@code
 * org.p2poolj.coin.hash.Hash256}; no I/O, no logging.
 */
package org.p2poolj.coin.codec;
