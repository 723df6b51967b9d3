/**
 * Block-level consensus primitives: the 80-byte header, compact "bits" targets with p2pool's
 * FloatingInteger semantics, difficulty and work helpers, merkle roots and merkle links (branches).
 * Pure functions; depends on the codec and hash packages only.
 */
package org.p2poolj.coin.block;
