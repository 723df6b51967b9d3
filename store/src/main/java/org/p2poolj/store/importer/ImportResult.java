package org.p2poolj.store.importer;

import java.util.List;
import org.p2poolj.store.StoredShare;

/**
 * What an import found.
 *
 * @param shares the distinct shares in file order, with verified flags applied
 * @param malformed the lines that were skipped, with line numbers
 * @param obsoleteLines lines of the retired record types 0 and 1, which the reference also ignores
 * @param verifiedWithoutShare verified-hash lines whose share is not in the files
 * @param duplicateShares share lines repeating a share already read
 */
public record ImportResult(
    List<StoredShare> shares,
    List<MalformedLine> malformed,
    int obsoleteLines,
    int verifiedWithoutShare,
    int duplicateShares) {

  public ImportResult {
    shares = List.copyOf(shares);
    malformed = List.copyOf(malformed);
  }

  public long verifiedCount() {
    return shares.stream().filter(StoredShare::verified).count();
  }

  /** One line for the log. */
  public String summary() {
    return shares.size()
        + " shares ("
        + verifiedCount()
        + " verified), "
        + malformed.size()
        + " malformed lines, "
        + obsoleteLines
        + " obsolete lines, "
        + verifiedWithoutShare
        + " verified hashes without a share, "
        + duplicateShares
        + " duplicate shares";
  }
}
