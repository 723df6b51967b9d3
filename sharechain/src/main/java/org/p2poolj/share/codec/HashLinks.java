package org.p2poolj.share.codec;

import java.util.Arrays;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256;
import org.p2poolj.coin.hash.Sha256Resumable;
import org.p2poolj.share.HashLink;

/**
 * {@code prefix_to_hash_link} and {@code check_hash_link} (spec §3.5): the share carries the
 * SHA-256 midstate of the coinbase prefix; the verifier resumes it with the known tail.
 */
public final class HashLinks {
  private HashLinks() {}

  /**
   * Midstate of {@code prefix}, which must end with {@code constEnding}; the unprocessed tail must
   * be covered by that constant, since v17-v35 have no room for extra data.
   */
  public static HashLink fromPrefix(byte[] prefix, byte[] constEnding) {
    if (prefix.length < constEnding.length
        || !Arrays.equals(
            prefix,
            prefix.length - constEnding.length,
            prefix.length,
            constEnding,
            0,
            constEnding.length)) {
      throw new IllegalArgumentException("gentx prefix does not end with gentx_before_refhash");
    }
    Sha256Resumable s = Sha256Resumable.fresh().update(prefix);
    if (s.pendingTail().length > constEnding.length) {
      throw new IllegalArgumentException("hash_link would need extra_data, not allowed before v36");
    }
    return new HashLink(s.stateBytes(), s.bytesProcessed());
  }

  /**
   * General {@code check_hash_link} with explicit {@code extra_data} (empty for v17-v35; v36 makes
   * it a VarStr). {@code extraData} must be exactly the tail bytes {@code constEnding} lacks.
   */
  public static Hash256 check(
      byte[] state, long length, byte[] extraData, byte[] data, byte[] constEnding) {
    int extraLength = (int) Math.floorMod(length, 64L);
    if (extraData.length != Math.max(0, extraLength - constEnding.length)) {
      throw new IllegalArgumentException("hash_link extra_data has the wrong length");
    }
    byte[] joined = new byte[extraData.length + constEnding.length];
    System.arraycopy(extraData, 0, joined, 0, extraData.length);
    System.arraycopy(constEnding, 0, joined, extraData.length, constEnding.length);
    byte[] tail = Arrays.copyOfRange(joined, joined.length - extraLength, joined.length);
    byte[] first = Sha256Resumable.fromState(state, length, tail).update(data).digest();
    return Hash256.wrap(Sha256.hash(first));
  }

  /**
   * The extra_data JT would put in a hash_link for this prefix (empty whenever const covers it).
   */
  public static byte[] extraData(byte[] prefix, byte[] constEnding) {
    byte[] tail = Sha256Resumable.fresh().update(prefix).pendingTail();
    return Arrays.copyOf(tail, Math.max(0, tail.length - constEnding.length));
  }

  /** Midstate and length of a prefix with no requirement on its ending (for v36 and tests). */
  public static HashLink midstate(byte[] prefix) {
    Sha256Resumable s = Sha256Resumable.fresh().update(prefix);
    return new HashLink(s.stateBytes(), s.bytesProcessed());
  }

  /** {@code hash256(prefix || data)} read back from the midstate; the gentx txid. */
  public static Hash256 check(HashLink link, byte[] data, byte[] constEnding) {
    int extraLength = (int) Math.floorMod(link.length(), 64L);
    if (extraLength > constEnding.length) {
      // extra_data (always empty here) would have to supply the missing bytes: JT asserts
      throw new IllegalArgumentException("hash_link length needs extra_data");
    }
    byte[] tail =
        Arrays.copyOfRange(constEnding, constEnding.length - extraLength, constEnding.length);
    byte[] first =
        Sha256Resumable.fromState(link.state(), link.length(), tail).update(data).digest();
    return Hash256.wrap(Sha256.hash(first));
  }
}
