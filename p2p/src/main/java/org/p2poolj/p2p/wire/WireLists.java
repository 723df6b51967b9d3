package org.p2poolj.p2p.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

/** Bounded list codecs shared by the message records ({@code ListType} in p2pool's pack). */
final class WireLists {
  private WireLists() {}

  static int varIntSize(long v) {
    if (Long.compareUnsigned(v, 0xfdL) < 0) {
      return 1;
    }
    if (Long.compareUnsigned(v, 0xffffL) <= 0) {
      return 3;
    }
    return Long.compareUnsigned(v, 0xffffffffL) <= 0 ? 5 : 9;
  }

  /**
   * Reads a list whose elements take at least {@code minElementSize} bytes each, so the declared
   * count is checked against the bytes actually present before anything is allocated.
   */
  static <T> List<T> read(ByteReader r, int minElementSize, Function<ByteReader, T> element) {
    long n = r.varInt();
    if (n < 0 || n > r.remaining() / minElementSize) {
      throw new ProtocolException(
          "list declares "
              + Long.toUnsignedString(n)
              + " element(s) of at least "
              + minElementSize
              + " byte(s), only "
              + r.remaining()
              + " byte(s) left");
    }
    List<T> out = new ArrayList<>((int) n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(r));
    }
    return List.copyOf(out);
  }

  static <T> void write(ByteWriter w, List<T> items, BiConsumer<ByteWriter, T> element) {
    w.varInt(items.size());
    for (T item : items) {
      element.accept(w, item);
    }
  }

  static List<Hash256> readHashes(ByteReader r) {
    return read(r, 32, ByteReader::hash256);
  }

  static void writeHashes(ByteWriter w, List<Hash256> hashes) {
    write(w, hashes, ByteWriter::hash256);
  }

  static List<RawShare> readShares(ByteReader r) {
    return read(r, 2, RawShare::read);
  }

  static void writeShares(ByteWriter w, List<RawShare> shares) {
    write(w, shares, (bw, s) -> s.write(bw));
  }
}
