package org.p2poolj.share.tool;

import java.util.List;
import java.util.Map;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;

/**
 * Summary of a share-file verification.
 *
 * @param shares share lines that decoded (duplicates included)
 * @param unverifiable valid-looking shares without CHAIN_LENGTH ancestors or a genesis root
 * @param storeVerified hashes the file marks verified ("2" lines)
 * @param storeVerifiedNotConfirmed of those, hashes we did not verify ourselves
 * @param best the best share chosen by think(), or null
 */
public record VerifyReport(
    String network,
    int lines,
    int shares,
    int duplicates,
    int verified,
    int unverifiable,
    List<InvalidEntry> invalid,
    Map<InvalidShare.Reason, Integer> invalidByReason,
    List<LineError> malformed,
    int storeVerified,
    List<Hash256> storeVerifiedNotConfirmed,
    Hash256 best,
    int bestHeight,
    int heads) {

  public VerifyReport {
    invalid = List.copyOf(invalid);
    invalidByReason = Map.copyOf(invalidByReason);
    malformed = List.copyOf(malformed);
    storeVerifiedNotConfirmed = List.copyOf(storeVerifiedNotConfirmed);
  }

  /** A share that failed a rule: its line, hash (null if it could not be hashed) and reason. */
  public record InvalidEntry(int line, Hash256 hash, InvalidShare invalid) {}

  /** A line that could not be read as a share or hash. */
  public record LineError(int line, String reason) {}
}
