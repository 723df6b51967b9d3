package org.p2poolj.share;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;

/**
 * Everything a v17-v35 share carries on the wire, in wire order. {@code refMerkleBranch} and {@code
 * merkleBranch} have index 0 (IntType(0), no bytes). {@code lastTxoutNonce} is a raw u64.
 */
public record ShareContents(
    SmallHeader minHeader,
    ShareInfo shareInfo,
    List<Hash256> refMerkleBranch,
    long lastTxoutNonce,
    HashLink hashLink,
    List<Hash256> merkleBranch) {
  public ShareContents {
    refMerkleBranch = List.copyOf(refMerkleBranch);
    merkleBranch = List.copyOf(merkleBranch);
  }
}
