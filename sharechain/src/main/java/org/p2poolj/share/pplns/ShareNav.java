package org.p2poolj.share.pplns;

import org.p2poolj.share.chain.LoadedShare;

/** Chain navigation the PPLNS window needs; the tracker implements it in O(log n). */
public interface ShareNav {
  /** The n-th ancestor of {@code share} (0 is itself), or null beyond the known chain. */
  LoadedShare ancestor(LoadedShare share, int n);
}
