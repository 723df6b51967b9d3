package org.p2poolj.share;

import java.math.BigInteger;
import org.p2poolj.coin.hash.Hash256;

/**
 * The consensus-checked part of a share: {@code check()} recomputes all of it and compares. {@code
 * segwitData} is null when segwit is not active for the kind on the network; {@code txRefs} is null
 * for v34+. {@code farShareHash} null is None. {@code absheight} is a u32, {@code abswork} a u128.
 */
public record ShareInfo(
    ShareData shareData,
    SegwitData segwitData,
    TxRefs txRefs,
    Hash256 farShareHash,
    long maxBits,
    long bits,
    long timestamp,
    long absheight,
    BigInteger abswork) {}
