package org.p2poolj.stratum.submit;

import java.util.List;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.stratum.job.JobSpec;

/** Builds block headers from Stratum work; shared by the server and the CPU miner. */
public final class HeaderBuilder {
  private HeaderBuilder() {}

  /** {@code xn1 || xn2}: the share's 8-byte {@code last_txout_nonce}. */
  public static byte[] nonce8(byte[] extranonce1, byte[] extranonce2) {
    byte[] out = new byte[extranonce1.length + extranonce2.length];
    System.arraycopy(extranonce1, 0, out, 0, extranonce1.length);
    System.arraycopy(extranonce2, 0, out, extranonce1.length, extranonce2.length);
    return out;
  }

  /** The coinbase is the leftmost leaf, so each branch hash is appended on the right. */
  public static Hash256 merkleRoot(byte[] coinbase, List<Hash256> branch) {
    return foldBranch(Sha256d.hash256(coinbase), branch);
  }

  /** Folds a leftmost leaf's hash up its branch: {@code h = hash256(h || b)} for each b. */
  public static Hash256 foldBranch(Hash256 leaf, List<Hash256> branch) {
    Hash256 h = leaf;
    for (Hash256 b : branch) {
      h = Merkle.combine(h, b);
    }
    return h;
  }

  /** BIP310: the job's version outside the mask, the miner's bits inside it. */
  public static long rollVersion(long jobVersion, long versionBits, long mask) {
    return (jobVersion & ~mask | versionBits & mask) & 0xffffffffL;
  }

  public static BlockHeader header(
      JobSpec spec, byte[] coinbase, long version, long ntime, long nonce) {
    return new BlockHeader(
        version,
        spec.previousBlock(),
        merkleRoot(coinbase, spec.merkleBranch()),
        ntime,
        spec.bits(),
        nonce);
  }
}
