package org.p2poolj.p2p.sync;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * The outcome of {@link ShareChainPort#received}: the hashes of every share that parsed (new or
 * already known; the peer evidently has them), how many were new, and the rejected ones.
 */
public record ReceiveResult(List<Hash256> hashes, int added, List<Rejection> rejected) {
  public ReceiveResult {
    hashes = List.copyOf(hashes);
    rejected = List.copyOf(rejected);
  }

  public static ReceiveResult ok(List<Hash256> hashes, int added) {
    return new ReceiveResult(hashes, added, List.of());
  }

  /** A share the chain refused, with the share-chain module's reason as text. */
  public record Rejection(Kind kind, String detail) {}

  /** How the sender is treated. */
  public enum Kind {
    /** Invalid (bad PoW, target above the maximum, fails verification): the sender is banned. */
    INVALID,
    /** A type we cannot parse (newer than we know): the sender is disconnected, not banned. */
    UNSUPPORTED
  }
}
