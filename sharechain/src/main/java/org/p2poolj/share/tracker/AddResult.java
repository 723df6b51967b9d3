package org.p2poolj.share.tracker;

import org.p2poolj.share.InvalidShare;

/** What {@link ShareTracker#add} did with a share. */
public sealed interface AddResult {
  record Added() implements AddResult {}

  record Duplicate() implements AddResult {}

  /** Refused on receipt (bad PoW, target, structure): the sending peer misbehaved. */
  record Rejected(InvalidShare invalid) implements AddResult {}

  AddResult ADDED = new Added();
  AddResult DUPLICATE = new Duplicate();
}
