package org.p2poolj.stratum.job;

import java.math.BigInteger;
import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * The work the node hands the server: the next share's gentx (stripped form) split around its
 * 8-byte {@code last_txout_nonce}, and the header fields. The coinbase a miner hashes is {@code
 * coinb1 || extranonce1 || extranonce2 || coinb2}.
 *
 * @param previousBlock the block the work builds on
 * @param coinb1 the stripped gentx up to the nonce (without its last 12 bytes)
 * @param coinb2 the stripped gentx after the nonce (the 4-byte lock_time)
 * @param merkleBranch the coinbase's txid merkle branch (segwit {@code txid_merkle_link}), wire
 *     order
 * @param version the header version offered to the miner (version rolling may change masked bits)
 * @param bits the block's compact target
 * @param ntime the header time offered to the miner
 * @param shareTarget a hash at or below this is a share
 * @param blockTarget a hash at or below this is a block
 * @param context the node's own data for rebuilding the share; opaque here
 */
public record JobSpec(
    Hash256 previousBlock,
    byte[] coinb1,
    byte[] coinb2,
    List<Hash256> merkleBranch,
    long version,
    long bits,
    long ntime,
    BigInteger shareTarget,
    BigInteger blockTarget,
    Object context) {
  public JobSpec {
    if (previousBlock == null || coinb1 == null || coinb2 == null) {
      throw new IllegalArgumentException("previousBlock, coinb1 and coinb2 are required");
    }
    if (shareTarget == null || blockTarget == null || shareTarget.signum() < 0) {
      throw new IllegalArgumentException("targets are required and must be >= 0");
    }
    coinb1 = coinb1.clone();
    coinb2 = coinb2.clone();
    merkleBranch = List.copyOf(merkleBranch);
    StratumHex.u32(version);
    StratumHex.u32(bits);
    StratumHex.u32(ntime);
  }

  @Override
  public byte[] coinb1() {
    return coinb1.clone();
  }

  @Override
  public byte[] coinb2() {
    return coinb2.clone();
  }

  /** Length of coinb1 without copying. */
  public int coinb1Length() {
    return coinb1.length;
  }

  /** Writes {@code coinb1 || nonce8 || coinb2} into a fresh array. */
  public byte[] coinbase(byte[] nonce8) {
    byte[] out = new byte[coinb1.length + nonce8.length + coinb2.length];
    System.arraycopy(coinb1, 0, out, 0, coinb1.length);
    System.arraycopy(nonce8, 0, out, coinb1.length, nonce8.length);
    System.arraycopy(coinb2, 0, out, coinb1.length + nonce8.length, coinb2.length);
    return out;
  }
}
