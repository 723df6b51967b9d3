package org.p2poolj.share.gentx;

import java.math.BigInteger;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareKind;

/**
 * What a local share is made from: the miner's share data, the block template's header fields, the
 * wanted timestamp and target, and the stratum nonce. v34+ only (no transaction references).
 */
public record ShareTemplate(
    ShareKind kind,
    ShareData shareData,
    long blockVersion,
    Hash256 previousBlock,
    long blockBits,
    long desiredTimestamp,
    BigInteger desiredTarget,
    long lastTxoutNonce,
    SegwitData segwitData) {}
