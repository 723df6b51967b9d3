package org.p2poolj.share;

/**
 * Why a share was rejected, as data (design convention 3). {@code detail} is for humans only.
 *
 * @param reason the rule that failed
 * @param detail a short human-readable explanation (values involved)
 */
public record InvalidShare(Reason reason, String detail) {

  /**
   * One entry per rule of the reference implementation. {@code misbehaving} marks the ones JT
   * raises as {@code PeerMisbehavingError} on receipt (ban); the others disconnect on receipt. Any
   * failure inside {@code think()} bans the sending peer regardless.
   */
  public enum Reason {
    /** share_type below 17 ("sent an obsolete share"). */
    OBSOLETE_SHARE_TYPE(true),
    /** share_type above the known set (JT raises ValueError). */
    UNKNOWN_SHARE_TYPE(false),
    /** Bytes do not parse (truncated, trailing, non-canonical VarInt, oversize header version). */
    MALFORMED(false),
    /** Coinbase script outside 2..100 bytes. */
    BAD_COINBASE_SIZE(false),
    /** segwit_data decoded as None (the PossiblyNone default), which crashes JT's constructor. */
    SEGWIT_DATA_MISSING(false),
    /** v17-v33 transaction_hash_refs break the constructor's constraints. */
    BAD_TX_REFS(false),
    /** The payout address does not convert to a script (JT address_to_script2 raises). */
    INVALID_PAYOUT_ADDRESS(false),
    /** BTC only: absheight above 3927800 voting for v16. */
    NOT_HARDFORK_SHARE(false),
    /** Share target above the network's MAX_TARGET ("share target invalid"). */
    TARGET_ABOVE_MAX(true),
    /** PoW hash above the share target ("share PoW invalid"). */
    POW_INVALID(true),
    /** Timestamp more than 600 s ahead of the verifier's clock. */
    TIMESTAMP_IN_FUTURE(false),
    /** Switched to the successor version with under 60% of the vote. */
    SWITCH_WITHOUT_ENOUGH_HASH_POWER(true),
    /** A version change that is neither same-type nor successor, at full history. */
    CANNOT_FOLLOW(true),
    /** Switched to the successor before CHAIN_LENGTH shares of history. */
    SWITCH_WITHOUT_ENOUGH_HISTORY(true),
    /** The parent (or an ancestor named by a tx ref) is not in the tracker. */
    PARENT_MISSING(false),
    /** generate_transaction itself failed (bad payout address, amounts out of range). */
    GENERATION_FAILED(false),
    /** Recomputed share_info differs (targets, timestamp, far share, absheight, abswork, refs). */
    SHARE_INFO_MISMATCH(false),
    /** Recomputed coinbase txid differs from the hash_link result (payouts, coinbase, donation). */
    GENTX_MISMATCH(false),
    /** v17-v33: merkle_link does not match the referenced transactions. */
    MERKLE_LINK_MISMATCH(false);

    private final boolean misbehaving;

    Reason(boolean misbehaving) {
      this.misbehaving = misbehaving;
    }

    public boolean misbehaving() {
      return misbehaving;
    }
  }

  public static InvalidShare of(Reason reason, String detail) {
    return new InvalidShare(reason, detail);
  }

  @Override
  public String toString() {
    return reason + (detail == null || detail.isEmpty() ? "" : ": " + detail);
  }
}
