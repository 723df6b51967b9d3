/**
 * PPLNS weights over the share window (spec §3.6 step 4): JT's {@code WeightsSkipList} semantics
 * (cap by share count and by work, partial last share, zero weights dropped) computed with a
 * sliding window so a new share costs amortised O(1) walk steps instead of a window walk. Depends
 * on the chain package for share values and on a {@link org.p2poolj.share.pplns.ShareNav} for
 * navigation; never on the tracker class itself.
 */
package org.p2poolj.share.pplns;
