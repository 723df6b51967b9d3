package org.p2poolj.share.tracker;

import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;

/** A share that failed verification during think(); its peer should be banned. */
public record BadShare(Hash256 hash, String peer, InvalidShare invalid) {}
