package org.p2poolj.share;

/**
 * SHA-256 midstate of the coinbase prefix (spec §3.5): the chaining value as 8 big-endian words and
 * the prefix length. {@code extra_data} is always empty for v17-v35 and has no field here.
 */
public record HashLink(byte[] state, long length) {
  public HashLink {
    if (state.length != 32) {
      throw new IllegalArgumentException("hash_link state must be 32 bytes");
    }
    state = state.clone();
  }

  @Override
  public byte[] state() {
    return state.clone();
  }
}
