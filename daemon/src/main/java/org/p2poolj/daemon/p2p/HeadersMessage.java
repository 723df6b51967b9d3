package org.p2poolj.daemon.p2p;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ProtocolException;

/** The {@code headers} payload: headers, each followed by a transaction count of zero. */
public final class HeadersMessage {
  public static final int MAX_HEADERS = 2000;

  private HeadersMessage() {}

  public static List<BlockHeader> decode(byte[] payload) {
    ByteReader r = new ByteReader(payload);
    int n = r.listCount(MAX_HEADERS);
    List<BlockHeader> headers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      headers.add(BlockHeader.read(r));
      if (r.varInt() != 0) {
        throw new ProtocolException("headers entry with a transaction count");
      }
    }
    r.expectEnd();
    return headers;
  }
}
