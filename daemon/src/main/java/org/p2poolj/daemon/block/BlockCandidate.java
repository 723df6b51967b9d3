package org.p2poolj.daemon.block;

import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.daemon.template.TemplateTx;

/**
 * A block ready for a nonce: the header with nonce 0, the coinbase, the chosen transactions and,
 * for Litecoin with MWEB active, the MWEB extension block. None of the MWEB pieces depend on the
 * header or the coinbase, so one candidate serves every nonce and time roll.
 */
public record BlockCandidate(
    BlockHeader header,
    Transaction coinbase,
    List<TemplateTx> transactions,
    Optional<byte[]> mweb,
    long coinbaseValueAvailable) {
  /** Marks the presence of the MWEB extension block after the transactions. */
  public static final int MWEB_MARKER = 0x01;

  public BlockCandidate {
    transactions = List.copyOf(transactions);
    mweb = mweb.map(byte[]::clone);
  }

  @Override
  public Optional<byte[]> mweb() {
    return mweb.map(byte[]::clone);
  }

  /** The full block with the candidate's own header. */
  public byte[] serialize() {
    return serialize(header);
  }

  /**
   * {@code header || varint(n) || coinbase (witness form) || txs as given || [01 || mweb]}.
   *
   * @param solved the header to use (same merkle root, with the found nonce/time)
   */
  public byte[] serialize(BlockHeader solved) {
    if (!solved.merkleRoot().equals(header.merkleRoot())) {
      throw new IllegalArgumentException("header does not commit to this candidate's transactions");
    }
    ByteWriter w = new ByteWriter(1024 + transactions.size() * 300);
    solved.write(w);
    w.varInt(1L + transactions.size());
    coinbase.write(w);
    for (TemplateTx tx : transactions) {
      w.bytes(tx.data());
    }
    mweb.ifPresent(blob -> w.u8(MWEB_MARKER).bytes(blob));
    return w.toByteArray();
  }
}
