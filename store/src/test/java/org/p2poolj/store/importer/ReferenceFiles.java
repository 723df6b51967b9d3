package org.p2poolj.store.importer;

import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.StoredShare;

/** Writes lines the way the Python node does ({@code "%i %s"} and {@code "%i %x"}). */
final class ReferenceFiles {
  private ReferenceFiles() {}

  static String shareLine(StoredShare s) {
    return "5 " + Hex.encode(s.shareTypeBytes());
  }

  /** Python's {@code "%x" % share_hash}: lower case, no leading zeros. */
  static String verifiedLine(Hash256 hash) {
    return "2 " + hash.toBigInteger().toString(16);
  }
}
