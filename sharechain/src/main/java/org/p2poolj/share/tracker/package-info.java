/**
 * The share tracker (JT's {@code OkayTracker} over {@code forest.Tracker}): the forest of known
 * shares with heads and tails, the verified subset, height/work lookups in O(1)/O(log n),
 * best-chain choice ({@code think}), requests for missing parents as data for the p2p layer, and
 * trimming. Single-threaded; time comes in as a parameter and randomness from a seeded source. Must
 * not do I/O or logging.
 */
package org.p2poolj.share.tracker;
