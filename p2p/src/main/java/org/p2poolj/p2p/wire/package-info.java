/**
 * The p2pool wire format: message framing (network prefix, command, length, checksum) and one
 * immutable record per message with pure {@code read}/{@code write} codecs.
 *
 * <p>Everything here is pure: no sockets, clocks or loggers. Shares travel as opaque {@link
 * org.p2poolj.p2p.wire.RawShare} records so this package never depends on the share-chain module.
 * Decoders take bounded input, never size an allocation from a length field alone, and fail with
 * {@link org.p2poolj.coin.codec.ProtocolException} only.
 */
package org.p2poolj.p2p.wire;
