package org.p2poolj.store;

import java.util.Arrays;
import java.util.Objects;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;

/**
 * One persisted share: the {@code share_type} wire wrapper split into its {@code type} and raw
 * {@code contents}, keyed by the share hash that the caller (sharechain) computed.
 *
 * @param hash the share hash, computed by the caller
 * @param type the share version ({@code share_type.type})
 * @param contents the serialized share ({@code share_type.contents}); copied in and out
 * @param verified whether the share chain has fully verified this share
 * @param firstSeenMillis when this node first saw the share (epoch milliseconds)
 * @param peer the peer it was first received from ({@code "host:port"}), or null when local or
 *     imported
 */
public record StoredShare(
    Hash256 hash, int type, byte[] contents, boolean verified, long firstSeenMillis, String peer) {

  public StoredShare {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(contents, "contents");
    if (type < 0) {
      throw new IllegalArgumentException("share type must not be negative: " + type);
    }
    contents = contents.clone();
  }

  @Override
  public byte[] contents() {
    return contents.clone();
  }

  /** The length of {@link #contents()} without copying it. */
  public int contentsLength() {
    return contents.length;
  }

  /** The same share with another verified flag. */
  public StoredShare withVerified(boolean newVerified) {
    return newVerified == verified
        ? this
        : new StoredShare(hash, type, contents, newVerified, firstSeenMillis, peer);
  }

  /** The {@code share_type} wire encoding: VarInt type, then VarStr contents. */
  public byte[] shareTypeBytes() {
    return new ByteWriter(contents.length + 16).varInt(type).varStr(contents).toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredShare s
        && hash.equals(s.hash)
        && type == s.type
        && Arrays.equals(contents, s.contents)
        && verified == s.verified
        && firstSeenMillis == s.firstSeenMillis
        && Objects.equals(peer, s.peer);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return "StoredShare[hash="
        + hash.toHex()
        + ", type="
        + type
        + ", contents="
        + contents.length
        + " bytes, verified="
        + verified
        + ", firstSeenMillis="
        + firstSeenMillis
        + ", peer="
        + peer
        + "]";
  }
}
