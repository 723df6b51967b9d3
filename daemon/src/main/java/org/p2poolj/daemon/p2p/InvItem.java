package org.p2poolj.daemon.p2p;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;

/** One inventory entry of {@code inv}/{@code getdata}. */
public record InvItem(long type, Hash256 hash) {
  public static final long MSG_TX = 1;
  public static final long MSG_BLOCK = 2;
  public static final long MSG_WITNESS_FLAG = 1L << 30;
  public static final int MAX_ITEMS = 50_000;

  /** A block announcement (witness or not). */
  public boolean isBlock() {
    return (type & ~MSG_WITNESS_FLAG & 0xffff_ffffL) == MSG_BLOCK;
  }

  public static List<InvItem> decodeList(byte[] payload) {
    ByteReader r = new ByteReader(payload);
    int n = r.listCount(MAX_ITEMS);
    List<InvItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(new InvItem(r.u32le(), r.hash256()));
    }
    r.expectEnd();
    return items;
  }

  public static byte[] encodeList(List<InvItem> items) {
    ByteWriter w = new ByteWriter(9 + 36 * items.size()).varInt(items.size());
    for (InvItem item : items) {
      w.u32le(item.type()).hash256(item.hash());
    }
    return w.toByteArray();
  }
}
