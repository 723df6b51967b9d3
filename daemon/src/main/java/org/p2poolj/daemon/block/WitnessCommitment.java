package org.p2poolj.daemon.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;

/** BIP141 witness commitment. Pure functions. */
public final class WitnessCommitment {
  /** {@code OP_RETURN PUSH36 aa21a9ed}: the commitment output's script prefix. */
  public static final byte[] SCRIPT_PREFIX = Hex.decode("6a24aa21a9ed");

  /** The usual all-zero witness reserved value (coinbase witness stack item). */
  public static final byte[] ZERO_RESERVED = new byte[32];

  private WitnessCommitment() {}

  /**
   * Witness merkle root over the coinbase (as 32 zero bytes) followed by the wtxids of the other
   * transactions; for Litecoin's HogEx the daemon's "hash" is used like any wtxid.
   */
  public static Hash256 witnessRoot(List<Hash256> wtxidsAfterCoinbase) {
    List<Hash256> leaves = new ArrayList<>(wtxidsAfterCoinbase.size() + 1);
    leaves.add(Hash256.ZERO);
    leaves.addAll(wtxidsAfterCoinbase);
    return Merkle.root(leaves);
  }

  /** {@code sha256d(witnessRoot || reserved)}. */
  public static byte[] commitment(Hash256 witnessRoot, byte[] reserved) {
    if (reserved.length != 32) {
      throw new IllegalArgumentException("witness reserved value must be 32 bytes");
    }
    byte[] buf = Arrays.copyOf(witnessRoot.toLittleEndianBytes(), 64);
    System.arraycopy(reserved, 0, buf, 32, 32);
    return Sha256d.hash(buf);
  }

  /** The commitment output script: {@code 6a24aa21a9ed || commitment}. */
  public static byte[] script(byte[] commitment) {
    byte[] s = Arrays.copyOf(SCRIPT_PREFIX, SCRIPT_PREFIX.length + 32);
    System.arraycopy(commitment, 0, s, SCRIPT_PREFIX.length, 32);
    return s;
  }

  public static byte[] script(List<Hash256> wtxidsAfterCoinbase, byte[] reserved) {
    return script(commitment(witnessRoot(wtxidsAfterCoinbase), reserved));
  }
}
