package org.p2poolj.share;

import java.util.Optional;

/**
 * Per-version constants of the reference share classes (spec §3.1). A new version (v36) adds an
 * entry here and a record in {@link Share}; consensus code asks the kind, never the number.
 */
public enum ShareKind {
  V17(17, 1400, false),
  V32(32, 1400, false),
  V33(33, 3300, false),
  V34(34, 3300, true),
  V35(35, 3500, true);

  /** Types below this are "obsolete" in JT (a misbehaving peer), above the known set "unknown". */
  public static final int OLDEST_KNOWN = 17;

  private final int version;
  private final int minimumProtocolVersion;
  private final boolean addressPayee;

  ShareKind(int version, int minimumProtocolVersion, boolean addressPayee) {
    this.version = version;
    this.minimumProtocolVersion = minimumProtocolVersion;
    this.addressPayee = addressPayee;
  }

  public int version() {
    return version;
  }

  /** The vote a share of this kind writes into {@code desired_version} when made locally. */
  public int votingVersion() {
    return version;
  }

  public int minimumProtocolVersion() {
    return minimumProtocolVersion;
  }

  /** v34+ carry the payout address as text and no transaction references. */
  public boolean hasAddressPayee() {
    return addressPayee;
  }

  public boolean hasTransactionRefs() {
    return !addressPayee;
  }

  /** v32+ only require the timestamp to grow; v17 clips it to the share period. */
  public boolean strictTimestamp() {
    return version >= 32;
  }

  /** v35 fixed the zero-padding of witness programs (quirk Q1); v34 and older keep the bug. */
  public boolean paddingBugfix() {
    return version >= 35;
  }

  /** JT: every older kind may be followed by v35; v35 has no successor yet. */
  public Optional<ShareKind> successor() {
    return this == V35 ? Optional.empty() : Optional.of(V35);
  }

  public static Optional<ShareKind> byVersion(long version) {
    for (ShareKind k : values()) {
      if (k.version == version) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
