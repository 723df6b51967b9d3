/**
 * Byte-exact share codec: the {@code share_type} wrapper, share contents for v17-v35, {@code
 * share_info} and {@code ref_type}, plus the hash_link midstate maths. Pure functions; decoders
 * take bounded input and fail with {@code ProtocolException} or a {@code VerificationException}
 * naming the rule. Must not depend on the tracker, gentx or verify packages.
 */
package org.p2poolj.share.codec;
