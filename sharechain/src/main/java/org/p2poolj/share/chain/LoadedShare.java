package org.p2poolj.share.chain;

import java.math.BigInteger;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.network.PoolNetwork;

/**
 * A share plus everything derived from it on one network, computed once (hashes, targets, work,
 * payout). Immutable except for the lazily computed PoW hash, which a batch may fill in parallel.
 * Build with {@link ShareLoader}.
 */
public final class LoadedShare {
  private final Share share;
  private final PoolNetwork net;
  private final Hash256 hash;
  private final Hash256 gentxHash;
  private final BlockHeader header;
  private final byte[] header80;
  private final BigInteger target;
  private final BigInteger maxTarget;
  private final BigInteger work;
  private final BigInteger minWork;
  private final String payoutKey;
  private final byte[] payoutScript;
  private volatile Hash256 powHash;

  LoadedShare(
      Share share,
      PoolNetwork net,
      BlockHeader header,
      Hash256 gentxHash,
      String payoutKey,
      byte[] payoutScript) {
    this.share = share;
    this.net = net;
    this.header = header;
    this.header80 = header.serialize();
    this.hash = header.hash();
    this.gentxHash = gentxHash;
    ShareInfo info = share.shareInfo();
    this.target = Targets.decode(info.bits());
    this.maxTarget = Targets.decode(info.maxBits());
    this.work = Targets.attempts(target);
    this.minWork = Targets.attempts(maxTarget);
    this.payoutKey = payoutKey;
    this.payoutScript = payoutScript;
  }

  public Share share() {
    return share;
  }

  public ShareKind kind() {
    return share.kind();
  }

  public PoolNetwork net() {
    return net;
  }

  public Hash256 hash() {
    return hash;
  }

  public Hash256 previousHash() {
    return share.shareData().previousShareHash();
  }

  public Hash256 gentxHash() {
    return gentxHash;
  }

  public BlockHeader header() {
    return header;
  }

  public BigInteger target() {
    return target;
  }

  public BigInteger maxTarget() {
    return maxTarget;
  }

  /** Average attempts for the share target: the share's work. */
  public BigInteger work() {
    return work;
  }

  /** Average attempts for the max target: "min_work", used by retargeting. */
  public BigInteger minWork() {
    return minWork;
  }

  public BigInteger blockTarget() {
    return Targets.decode(header.bits());
  }

  /** The PPLNS weight key: the address string as sent (v34+) or the P2PKH address (v17-v33). */
  public String payoutKey() {
    return payoutKey;
  }

  public byte[] payoutScript() {
    return payoutScript.clone();
  }

  public long timestamp() {
    return share.shareInfo().timestamp();
  }

  public long absheight() {
    return share.shareInfo().absheight();
  }

  public BigInteger abswork() {
    return share.shareInfo().abswork();
  }

  public int donation() {
    return share.shareData().donation();
  }

  public long desiredVersion() {
    return share.shareData().desiredVersion();
  }

  public Hash256 previousBlock() {
    return header.previousBlock();
  }

  /** The parent chain's PoW hash of the header (scrypt for LTC); computed once, thread-safe. */
  public Hash256 powHash() {
    Hash256 p = powHash;
    if (p == null) {
      p = net.parent().pow().powHash(header80);
      powHash = p;
    }
    return p;
  }

  public boolean powValid() {
    return powHash().toBigInteger().compareTo(target) <= 0;
  }

  /** A block solution: the PoW also meets the block's own target. */
  public boolean isBlockSolution() {
    return powHash().toBigInteger().compareTo(blockTarget()) <= 0;
  }

  @Override
  public String toString() {
    return "Share[v" + share.version() + " " + hash.toHex() + "]";
  }
}
