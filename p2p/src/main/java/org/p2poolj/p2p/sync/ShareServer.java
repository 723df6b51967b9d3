package org.p2poolj.p2p.sync;

import java.util.HashSet;
import java.util.List;
import org.p2poolj.coin.codec.VarInt;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.RawShare;
import org.p2poolj.p2p.wire.ShareReplyResult;

/**
 * Serves {@code sharereq} (JT {@code handle_get_shares}): parents are capped at {@code 1000 /
 * len(hashes)}, and a reply that would not fit the payload limit becomes {@code too long} with no
 * shares.
 */
public final class ShareServer {
  /** The total ancestor budget of one request. */
  public static final int MAX_PARENTS_TOTAL = 1000;

  private ShareServer() {}

  public static Message.ShareReply serve(
      Message.ShareReq req, ShareChainPort chain, int maxPayload) {
    List<Hash256> hashes = req.hashes();
    if (hashes.isEmpty()) {
      return new Message.ShareReply(req.id(), ShareReplyResult.GOOD, List.of());
    }
    long parents = Math.min(req.parents(), MAX_PARENTS_TOTAL / hashes.size());
    if (parents < 0) {
      parents = MAX_PARENTS_TOTAL / hashes.size(); // a u64 above Long.MAX_VALUE reads negative
    }
    List<RawShare> shares = chain.collect(hashes, (int) parents, new HashSet<>(req.stops()));
    if (payloadSize(shares) > maxPayload) {
      return new Message.ShareReply(req.id(), ShareReplyResult.TOO_LONG, List.of());
    }
    return new Message.ShareReply(req.id(), ShareReplyResult.GOOD, shares);
  }

  /** The size of a {@code sharereply} payload carrying {@code shares}. */
  static long payloadSize(List<RawShare> shares) {
    long size = 32 + 1 + VarInt.size(shares.size());
    for (RawShare s : shares) {
      size += s.wireSize();
    }
    return size;
  }
}
