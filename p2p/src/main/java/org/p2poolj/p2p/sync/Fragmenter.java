package org.p2poolj.p2p.sync;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.VarInt;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.RawShare;

/**
 * Splits a share list into {@code shares} messages that fit the payload limit by halving
 * recursively, as p2pool's {@code p2p.fragment} does. A single share too big to send is dropped.
 */
public final class Fragmenter {
  private Fragmenter() {}

  public static List<Message.Shares> split(List<RawShare> shares, int maxPayload) {
    List<Message.Shares> out = new ArrayList<>();
    split(shares, maxPayload, out);
    return out;
  }

  private static void split(List<RawShare> shares, int maxPayload, List<Message.Shares> out) {
    if (shares.isEmpty()) {
      return;
    }
    long size = VarInt.size(shares.size());
    for (RawShare s : shares) {
      size += s.wireSize();
    }
    if (size <= maxPayload) {
      out.add(new Message.Shares(shares));
      return;
    }
    if (shares.size() == 1) {
      return;
    }
    int mid = shares.size() / 2;
    split(shares.subList(0, mid), maxPayload, out);
    split(shares.subList(mid, shares.size()), maxPayload, out);
  }
}
