package org.p2poolj.share.codec;

import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

/** ListType(IntType(256)) helpers; counts are bounded by the bytes left, never trusted. */
final class Lists {
  private static final int MAX_HASHES = 1 << 16;

  private Lists() {}

  static List<Hash256> readHashes(ByteReader r) {
    int n = r.listCount(MAX_HASHES);
    if ((long) n * 32 > r.remaining()) {
      throw new ProtocolException(
          "truncated input: " + n + " hashes declared, " + r.remaining() + " byte(s) left");
    }
    List<Hash256> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(r.hash256());
    }
    return out;
  }

  static void writeHashes(ByteWriter w, List<Hash256> hashes) {
    w.varInt(hashes.size());
    for (Hash256 h : hashes) {
      w.hash256(h);
    }
  }

  /** PossiblyNone(0, u256): 32 zero bytes are None. */
  static Hash256 readOptionalHash(ByteReader r) {
    Hash256 h = r.hash256();
    return h.isZero() ? null : h;
  }

  static void writeOptionalHash(ByteWriter w, Hash256 h) {
    if (h != null && h.isZero()) {
      // JT's PossiblyNoneType refuses to write a value equal to its none_value
      throw new IllegalArgumentException("a present hash may not be zero");
    }
    w.hash256(h == null ? Hash256.ZERO : h);
  }
}
